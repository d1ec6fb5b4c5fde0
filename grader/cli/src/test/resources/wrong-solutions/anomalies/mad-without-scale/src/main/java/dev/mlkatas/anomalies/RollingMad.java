package dev.mlkatas.anomalies;

import java.util.ArrayDeque;
import java.util.Random;

/**
 * Task 2: a streaming robust detector. The window lives in a treap whose nodes count their subtree, so the
 * i-th smallest value is O(log w) away; the MAD is the middle of two sorted runs of distances (the values
 * below the median, read downwards, and those above it, read upwards), found by a binary search over how many
 * come from each run: O(log² w) a value.
 *
 * <p>Example: {@code new RollingMad(5, 3.0)}: after 1, 2, 3, 4, 100, the value 50 has median 3 and MAD 1.
 */
public final class RollingMad {

    /** The scale that makes the MAD of normal data estimate its standard deviation. */
    public static final double SCALE = 1.4826;

    /**
     * What the detector says about one value.
     *
     * @param median the median of the window before the value; NaN while the window is not full
     * @param mad the median absolute deviation of that window from its median, unscaled; NaN while not full
     * @param score |value − median| / (1.4826 · mad); 0 while the window is not full
     * @param anomaly whether the score is above the detector's k
     */
    public record Verdict(double median, double mad, double score, boolean anomaly) {
    }

    private final int window;
    private final double k;
    private final ArrayDeque<Double> arrivals = new ArrayDeque<>();
    private final Treap sorted = new Treap(new Random(20_240_601L));

    public RollingMad(int window, double k) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must hold at least 1 value, not " + window);
        }
        if (!(k >= 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("k must be a finite number of at least 0, not " + k);
        }
        this.window = window;
        this.k = k;
    }

    public Verdict next(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a value must be finite, not " + value);
        }
        Verdict verdict = arrivals.size() < window ? new Verdict(Double.NaN, Double.NaN, 0, false) : judge(value);
        if (arrivals.size() == window) {
            sorted.remove(arrivals.removeFirst());
        }
        arrivals.addLast(value);
        sorted.add(value);
        return verdict;
    }

    private Verdict judge(double value) {
        double median = middle(window, sorted::select);
        int below = sorted.countBelow(median);
        double mad = middleOfTwoRuns(median, below);
        double distance = Math.abs(value - median);
        double score;
        if (mad == 0) {
            score = distance == 0 ? 0 : Double.POSITIVE_INFINITY;
        } else {
            score = distance / mad;
        }
        return new Verdict(median, mad, score, score > k);
    }

    private interface Sequence {
        double get(int i);
    }

    /** The median of a sorted sequence of n values. */
    private static double middle(int n, Sequence values) {
        if (n % 2 == 1) {
            return values.get(n / 2);
        }
        return (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /**
     * The median of the distances to {@code median}: the run {@code a} (median - the values below it, nearest
     * first) merged with the run {@code b} (the other values - median, nearest first).
     */
    private double middleOfTwoRuns(double median, int below) {
        int na = below;
        int nb = window - below;
        Sequence a = j -> median - sorted.select(below - 1 - j);
        Sequence b = j -> sorted.select(below + j) - median;
        // Take the (w - 1) / 2 + 1 smallest distances: i from a and t - i from b, with i as small as it can be.
        int t = (window - 1) / 2 + 1;
        int lo = Math.max(0, t - nb);
        int hi = Math.min(t, na);
        while (lo < hi) {
            int i = (lo + hi) >>> 1;
            if (a.get(i) >= b.get(t - i - 1)) {
                hi = i;
            } else {
                lo = i + 1;
            }
        }
        int i = lo;
        int j = t - i;
        double lower = Math.max(i > 0 ? a.get(i - 1) : Double.NEGATIVE_INFINITY,
                j > 0 ? b.get(j - 1) : Double.NEGATIVE_INFINITY);
        if (window % 2 == 1) {
            return lower;
        }
        double upper = Math.min(i < na ? a.get(i) : Double.POSITIVE_INFINITY,
                j < nb ? b.get(j) : Double.POSITIVE_INFINITY);
        return (lower + upper) / 2;
    }

    /** A multiset of doubles in a treap: each node holds one value, how many times, and its subtree's size. */
    private static final class Treap {

        private static final class Node {
            final double value;
            final int priority;
            int copies = 1;
            int size = 1;
            Node left;
            Node right;

            Node(double value, int priority) {
                this.value = value;
                this.priority = priority;
            }
        }

        private final Random random;
        private Node root;

        Treap(Random random) {
            this.random = random;
        }

        void add(double value) {
            root = add(root, value);
        }

        void remove(double value) {
            root = remove(root, value);
        }

        /** The i-th smallest value, from 0, copies counted. */
        double select(int i) {
            Node node = root;
            while (true) {
                int left = size(node.left);
                if (i < left) {
                    node = node.left;
                } else if (i < left + node.copies) {
                    return node.value;
                } else {
                    i -= left + node.copies;
                    node = node.right;
                }
            }
        }

        /** How many values are strictly below {@code value}. */
        int countBelow(double value) {
            int count = 0;
            Node node = root;
            while (node != null) {
                if (Double.compare(node.value, value) < 0) {
                    count += size(node.left) + node.copies;
                    node = node.right;
                } else {
                    node = node.left;
                }
            }
            return count;
        }

        private Node add(Node node, double value) {
            if (node == null) {
                return new Node(value, random.nextInt());
            }
            int order = Double.compare(value, node.value);
            if (order == 0) {
                node.copies++;
            } else if (order < 0) {
                node.left = add(node.left, value);
                if (node.left.priority > node.priority) {
                    node = rotateRight(node);
                }
            } else {
                node.right = add(node.right, value);
                if (node.right.priority > node.priority) {
                    node = rotateLeft(node);
                }
            }
            resize(node);
            return node;
        }

        private Node remove(Node node, double value) {
            if (node == null) {
                throw new IllegalStateException("the window lost track of " + value);
            }
            int order = Double.compare(value, node.value);
            if (order < 0) {
                node.left = remove(node.left, value);
            } else if (order > 0) {
                node.right = remove(node.right, value);
            } else if (node.copies > 1) {
                node.copies--;
            } else {
                return join(node.left, node.right);
            }
            resize(node);
            return node;
        }

        /** Joins two treaps, every value of {@code left} below every value of {@code right}. */
        private Node join(Node left, Node right) {
            if (left == null) {
                return right;
            }
            if (right == null) {
                return left;
            }
            if (left.priority > right.priority) {
                left.right = join(left.right, right);
                resize(left);
                return left;
            }
            right.left = join(left, right.left);
            resize(right);
            return right;
        }

        private static Node rotateRight(Node node) {
            Node top = node.left;
            node.left = top.right;
            top.right = node;
            resize(node);
            resize(top);
            return top;
        }

        private static Node rotateLeft(Node node) {
            Node top = node.right;
            node.right = top.left;
            top.left = node;
            resize(node);
            resize(top);
            return top;
        }

        private static int size(Node node) {
            return node == null ? 0 : node.size;
        }

        private static void resize(Node node) {
            node.size = size(node.left) + node.copies + size(node.right);
        }
    }
}
