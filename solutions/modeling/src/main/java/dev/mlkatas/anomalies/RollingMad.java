package dev.mlkatas.anomalies;

import java.util.ArrayDeque;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * A streaming robust detector: each value is scored against the median and the MAD of the {@code window} values
 * before it (reference). The window is kept in an order-statistic tree (a treap whose nodes count their
 * subtree), so the i-th smallest value is one walk from the root, O(log w); the median is one or two walks. The
 * distances from the median are two sorted runs, the values below it read downwards and the values above it
 * read upwards: the tree is split at the median, and the MAD is the middle of the two runs' merge, found by
 * walking down both halves at once as in "the k-th smallest of two sorted arrays", then the halves are joined
 * again. Every step is a walk from a root, so a point costs O(log w) (expected: a treap's depth), against
 * O(w log w) for sorting the window again.
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
    private final OrderStatistics sorted = new OrderStatistics();

    /**
     * A detector that flags a value more than {@code k} scaled MADs from the median of the {@code window} values
     * before it.
     *
     * <p>Example: {@code new RollingMad(5, 3.0)}: after 1, 2, 3, 4, 100, the value 50 scores 47 / 1.4826.
     *
     * @throws IllegalArgumentException if the window is below 1 or k is negative or not finite
     */
    public RollingMad(int window, double k) {
        if (window < 1) {
            throw new IllegalArgumentException("the window must hold at least 1 value, not " + window);
        }
        if (!(k >= 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("k must be a finite number of at least 0, not " + k);
        }
        this.window = window;
        this.k = k;
    }

    /**
     * Scores {@code value} against the window before it, then lets it into the window (the oldest value leaves
     * once the window is full).
     *
     * <p>Example: with a window of 3, the fourth value 9 after 1, 2, 4 has median 2, MAD 1 and score
     * 7 / 1.4826, an anomaly for k = 3.
     *
     * @throws IllegalArgumentException if the value is NaN or infinite (the window is left as it was)
     */
    public Verdict next(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + value + " is not a finite number");
        }
        Verdict verdict = arrivals.size() < window ? new Verdict(Double.NaN, Double.NaN, 0, false) : judge(value);
        arrivals.addLast(value);
        sorted.add(value);
        if (arrivals.size() > window) {
            sorted.remove(arrivals.removeFirst());
        }
        return verdict;
    }

    private Verdict judge(double value) {
        double median = middle(window, sorted::get);
        double mad = middle(window, i -> sorted.distance(median, i));
        double distance = Math.abs(value - median);
        double score = mad > 0 ? distance / (SCALE * mad) : distance == 0 ? 0 : Double.POSITIVE_INFINITY;
        return new Verdict(median, mad, score, score > k);
    }

    /** The median of n sorted values, given the i-th smallest: the middle one, or the mean of the middle two. */
    private static double middle(int n, IntToDoubleFunction ith) {
        return n % 2 == 1 ? ith.applyAsDouble(n / 2) : (ith.applyAsDouble(n / 2 - 1) + ith.applyAsDouble(n / 2)) / 2;
    }

    /** A multiset of doubles with the i-th smallest and the i-th nearest to a value in O(log n): a treap. */
    private static final class OrderStatistics {
        private final Random priorities = new Random(1);
        private Node root;

        private static final class Node {
            final double value;
            final int priority;
            int size = 1;
            Node left;
            Node right;

            Node(double value, int priority) {
                this.value = value;
                this.priority = priority;
            }
        }

        void add(double value) {
            root = add(root, new Node(value, priorities.nextInt()));
        }

        void remove(double value) {
            root = remove(root, value);
        }

        double get(int index) {
            return get(root, index);
        }

        private static double get(Node node, int index) {
            while (true) {
                int leftSize = size(node.left);
                if (index < leftSize) {
                    node = node.left;
                } else if (index == leftSize) {
                    return node.value;
                } else {
                    index -= leftSize + 1;
                    node = node.right;
                }
            }
        }

        /** The i-th smallest (from 0) of |v − median| over the values v: the tree is split there and joined again. */
        double distance(double median, int i) {
            Node[] halves = split(root, median);
            double distance = select(halves[0], halves[1], median, i);
            root = merge(halves[0], halves[1]);
            return distance;
        }

        /**
         * The i-th smallest distance over two runs read outwards from the median: the values of {@code below} (all
         * less than it) from the largest down, those of {@code above} from the smallest up. Each step compares the
         * two roots. At most nearerA + nearerB distances come before the nearer root (its own nearer side, and
         * some of the other root's); if i is beyond that, the nearer root and its nearer side come before the
         * i-th and go. If not, more than i come before the farther root, and it and its farther side go. One
         * level of one tree a step.
         */
        private static double select(Node below, Node above, double median, int i) {
            Node a = below;
            Node b = above;
            while (a != null && b != null) {
                int nearerA = size(a.right);
                int nearerB = size(b.left);
                if (median - a.value <= b.value - median) {
                    if (i > nearerA + nearerB) {
                        i -= nearerA + 1;
                        a = a.left;
                    } else {
                        b = b.left;
                    }
                } else if (i > nearerA + nearerB) {
                    i -= nearerB + 1;
                    b = b.right;
                } else {
                    a = a.right;
                }
            }
            return a != null ? median - get(a, size(a) - 1 - i) : get(b, i) - median;
        }

        private static int size(Node node) {
            return node == null ? 0 : node.size;
        }

        private static Node update(Node node) {
            node.size = 1 + size(node.left) + size(node.right);
            return node;
        }

        private static Node add(Node node, Node fresh) {
            if (node == null) {
                return fresh;
            }
            if (fresh.value < node.value) {
                node.left = add(node.left, fresh);
                if (node.left.priority > node.priority) {
                    Node top = node.left;
                    node.left = top.right;
                    top.right = update(node);
                    return update(top);
                }
            } else {
                node.right = add(node.right, fresh);
                if (node.right.priority > node.priority) {
                    Node top = node.right;
                    node.right = top.left;
                    top.left = update(node);
                    return update(top);
                }
            }
            return update(node);
        }

        private static Node remove(Node node, double value) {
            if (value < node.value) {
                node.left = remove(node.left, value);
            } else if (value > node.value) {
                node.right = remove(node.right, value);
            } else {
                return merge(node.left, node.right);
            }
            return update(node);
        }

        /** The values below {@code pivot} and the others, as two trees. */
        private static Node[] split(Node node, double pivot) {
            if (node == null) {
                return new Node[2];
            }
            if (node.value < pivot) {
                Node[] halves = split(node.right, pivot);
                node.right = halves[0];
                halves[0] = update(node);
                return halves;
            }
            Node[] halves = split(node.left, pivot);
            node.left = halves[1];
            halves[1] = update(node);
            return halves;
        }

        /** The values of {@code a} and of {@code b}, all of which are at least those of {@code a}, as one tree. */
        private static Node merge(Node a, Node b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            if (a.priority > b.priority) {
                a.right = merge(a.right, b);
                return update(a);
            }
            b.left = merge(a, b.left);
            return update(b);
        }
    }
}
