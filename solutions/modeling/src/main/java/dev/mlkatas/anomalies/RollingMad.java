package dev.mlkatas.anomalies;

import java.util.ArrayDeque;
import java.util.Random;

/**
 * A streaming robust detector: each value is scored against the median and the MAD of the {@code window} values
 * before it (reference). The window is kept in an order-statistic tree (a treap whose nodes count their
 * subtree), so the i-th smallest value is O(log w) away; the median is one or two look-ups, and the MAD is a
 * selection over the two sorted runs of distances either side of the median, O(log w) look-ups. A point costs
 * O(log² w), against O(w log w) for sorting the window again.
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
        // Values below the median, nearest first, and values at or above it, nearest first: two sorted runs of
        // distances whose merged middle is the MAD.
        int below = sorted.countBelow(median);
        Distances distances = new Distances(median, below, window - below);
        double mad = middle(window, distances::select);
        double distance = Math.abs(value - median);
        double score = mad > 0 ? distance / (SCALE * mad) : distance == 0 ? 0 : Double.POSITIVE_INFINITY;
        return new Verdict(median, mad, score, score > k);
    }

    /** The median of n sorted values, given the i-th smallest: the middle one, or the mean of the middle two. */
    private static double middle(int n, java.util.function.IntToDoubleFunction ith) {
        return n % 2 == 1 ? ith.applyAsDouble(n / 2) : (ith.applyAsDouble(n / 2 - 1) + ith.applyAsDouble(n / 2)) / 2;
    }

    /** The distances of the window's values from the median, as two ascending runs: below it and at or above it. */
    private final class Distances {
        private final double median;
        private final int left;
        private final int right;

        Distances(double median, int left, int right) {
            this.median = median;
            this.left = left;
            this.right = right;
        }

        double left(int i) {
            return median - sorted.get(left - 1 - i);
        }

        double right(int j) {
            return sorted.get(left + j) - median;
        }

        /** The i-th smallest distance (from 0): i + 1 taken from the two runs, as many from the left as fit. */
        double select(int i) {
            int take = i + 1;
            int lo = Math.max(0, take - right);
            int hi = Math.min(take, left);
            while (true) {
                int a = (lo + hi) >>> 1;
                int b = take - a;
                if (a > 0 && b < right && left(a - 1) > right(b)) {
                    hi = a - 1;
                } else if (b > 0 && a < left && right(b - 1) > left(a)) {
                    lo = a + 1;
                } else {
                    return Math.max(a > 0 ? left(a - 1) : 0, b > 0 ? right(b - 1) : 0);
                }
            }
        }
    }

    /** A multiset of doubles with the i-th smallest and the count below a value in O(log n): a treap. */
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
            Node node = root;
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

        int countBelow(double value) {
            int count = 0;
            for (Node node = root; node != null; ) {
                if (node.value < value) {
                    count += size(node.left) + 1;
                    node = node.right;
                } else {
                    node = node.left;
                }
            }
            return count;
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
