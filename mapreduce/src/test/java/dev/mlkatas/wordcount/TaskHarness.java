package dev.mlkatas.wordcount;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.MapContext;
import org.apache.hadoop.mapreduce.Mapper;
import org.apache.hadoop.mapreduce.ReduceContext;
import org.apache.hadoop.mapreduce.Reducer;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.lib.map.WrappedMapper;
import org.apache.hadoop.mapreduce.lib.reduce.WrappedReducer;
import org.apache.hadoop.util.ReflectionUtils;

/**
 * Runs a mapper or a reducer as a function, without a cluster: through the same {@code run} method Hadoop
 * calls (setup, one call per record or key, cleanup), capturing every (word, count) it writes.
 *
 * <p>It is as strict as Hadoop where solutions tend to slip: the task gets the same key and value objects
 * over and over, refilled for each record (so a longer earlier line leaves bytes past a Text's length), and a
 * reducer's values can be walked once, in one reused object.
 *
 * <p>Example: {@code TaskHarness.mapLines(new WordCount.WordsMapper(), new Configuration(), "a b a").pairs()}
 */
final class TaskHarness {

    /** {@link Write#call} of a write made in {@code setup}. */
    static final int SETUP = -1;
    /** {@link Write#call} of a write made in {@code cleanup}. */
    static final int CLEANUP = Integer.MAX_VALUE;

    private static final TaskAttemptID ATTEMPT = new TaskAttemptID("harness", 1, TaskType.MAP, 0, 0);

    private TaskHarness() {
    }

    /**
     * One (word, count) the task wrote, copied when it was written.
     *
     * @param call the index of the map or reduce call it was written in, or {@link #SETUP} or {@link #CLEANUP}
     */
    record Write(String word, long count, int call) {

        @Override
        public String toString() {
            String when = call == CLEANUP ? "in cleanup" : call == SETUP ? "in setup" : "in call " + call;
            return "(" + word + ", " + count + ") " + when;
        }
    }

    /** Everything one run of a task wrote, in order, and its counters. */
    record Run(List<Write> writes, Counters counters) {

        List<Map.Entry<String, Long>> pairs() {
            return writes.stream().map(w -> Map.entry(w.word(), w.count())).toList();
        }

        List<String> words() {
            return writes.stream().map(Write::word).toList();
        }

        /** The sum of the counts written for each word, in the order words were first written. */
        Map<String, Long> totals() {
            Map<String, Long> totals = new LinkedHashMap<>();
            writes.forEach(w -> totals.merge(w.word(), w.count(), Long::sum));
            return totals;
        }
    }

    /** Runs a mapper on lines of text, keyed by their byte offsets as Hadoop's line reader keys them. */
    static Run mapLines(Mapper<LongWritable, Text, Text, LongWritable> mapper, Configuration conf, String... lines) {
        return mapLines(mapper, conf, List.of(lines));
    }

    static Run mapLines(Mapper<LongWritable, Text, Text, LongWritable> mapper, Configuration conf, List<String> lines) {
        List<Map.Entry<LongWritable, Text>> records = new ArrayList<>();
        long offset = 0;
        for (String line : lines) {
            records.add(Map.entry(new LongWritable(offset), new Text(line)));
            offset += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return map(mapper, conf, records);
    }

    /** Runs a mapper on the given records, in order. */
    @SuppressWarnings("unchecked")
    static <K extends Writable, V extends Writable> Run map(Mapper<K, V, Text, LongWritable> mapper,
            Configuration conf, List<Map.Entry<K, V>> records) {
        Recorder recorder = new Recorder();
        MapInput<K, V> input = new MapInput<>(conf, records);
        MapContext<K, V, Text, LongWritable> context = (MapContext<K, V, Text, LongWritable>) Proxy.newProxyInstance(
                TaskHarness.class.getClassLoader(), new Class<?>[] {MapContext.class},
                handler(conf, recorder, (name, args) -> switch (name) {
                    case "nextKeyValue" -> input.next(recorder);
                    case "getCurrentKey" -> input.key;
                    case "getCurrentValue" -> input.value;
                    default -> NOT_HANDLED;
                }));
        run(() -> mapper.run(new WrappedMapper<K, V, Text, LongWritable>().getMapContext(context)));
        return recorder.run();
    }

    /** Runs a reducer on groups of (word, counts), in the order given, as Hadoop would after its sort. */
    @SuppressWarnings("unchecked")
    static Run reduce(Reducer<Text, LongWritable, Text, LongWritable> reducer, Configuration conf,
            List<Map.Entry<String, List<Long>>> groups) {
        Recorder recorder = new Recorder();
        ReduceInput input = new ReduceInput(groups);
        ReduceContext<Text, LongWritable, Text, LongWritable> context =
                (ReduceContext<Text, LongWritable, Text, LongWritable>) Proxy.newProxyInstance(
                        TaskHarness.class.getClassLoader(), new Class<?>[] {ReduceContext.class},
                        handler(conf, recorder, (name, args) -> switch (name) {
                            case "nextKey" -> input.nextKey(recorder);
                            case "getCurrentKey" -> input.key;
                            case "getValues" -> input.values;
                            default -> NOT_HANDLED;
                        }));
        run(() -> reducer.run(new WrappedReducer<Text, LongWritable, Text, LongWritable>().getReducerContext(context)));
        return recorder.run();
    }

    /** A group of reducer input: {@code group("be", 1, 1, 3)}. */
    static Map.Entry<String, List<Long>> group(String word, long... counts) {
        List<Long> values = new ArrayList<>();
        for (long count : counts) {
            values.add(count);
        }
        return Map.entry(word, values);
    }

    private static final Object NOT_HANDLED = new Object();

    /** The part of a context that differs between a mapper's and a reducer's. */
    private interface Input {
        Object answer(String method, Object[] args) throws IOException;
    }

    private interface TaskRun {
        void run() throws IOException, InterruptedException;
    }

    private static void run(TaskRun task) {
        try {
            task.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InvocationHandler handler(Configuration conf, Recorder recorder, Input input) {
        return (proxy, method, args) -> {
            Object answer = input.answer(method.getName(), args);
            if (answer != NOT_HANDLED) {
                return answer;
            }
            return switch (method.getName()) {
                case "write" -> {
                    recorder.write((Text) args[0], (LongWritable) args[1]);
                    yield null;
                }
                case "getCounter" -> args.length == 1
                        ? recorder.counters.findCounter((Enum<?>) args[0])
                        : recorder.counters.findCounter((String) args[0], (String) args[1]);
                case "getConfiguration" -> conf;
                case "getTaskAttemptID" -> ATTEMPT;
                case "progress", "setStatus" -> null;
                case "getStatus" -> "";
                case "getProgress" -> 0f;
                case "toString" -> "the test harness's task context";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException("the test harness's context has no "
                        + method.getName()
                        + "(): a word-count task needs only its configuration, counters and write()");
            };
        };
    }

    /** Captures writes and counters, and knows which call the task is in. */
    private static final class Recorder {

        private final List<Write> writes = new ArrayList<>();
        private final Counters counters = new Counters();
        private int call = SETUP;

        void write(Text word, LongWritable count) {
            if (word == null || count == null) {
                throw new NullPointerException("a task wrote a null key or value: (" + word + ", " + count + ")");
            }
            writes.add(new Write(word.toString(), count.get(), call));
        }

        Run run() {
            return new Run(List.copyOf(writes), counters);
        }
    }

    /** A mapper's records, copied one after the other into the same two objects, as Hadoop's readers do. */
    private static final class MapInput<K extends Writable, V extends Writable> {

        private final Configuration conf;
        private final List<Map.Entry<K, V>> records;
        private int index = -1;
        private K key;
        private V value;

        MapInput(Configuration conf, List<Map.Entry<K, V>> records) {
            this.conf = conf;
            this.records = records;
        }

        boolean next(Recorder recorder) throws IOException {
            index++;
            if (index >= records.size()) {
                recorder.call = CLEANUP;
                return false;
            }
            Map.Entry<K, V> record = records.get(index);
            key = key == null ? copy(record.getKey()) : ReflectionUtils.copy(conf, record.getKey(), key);
            value = value == null ? copy(record.getValue()) : ReflectionUtils.copy(conf, record.getValue(), value);
            recorder.call = index;
            return true;
        }

        private <W extends Writable> W copy(W writable) {
            return org.apache.hadoop.io.WritableUtils.clone(writable, conf);
        }
    }

    /** A reducer's groups: one reused key, and values that can be walked once, in one reused object. */
    private static final class ReduceInput {

        private final Iterator<Map.Entry<String, List<Long>>> groups;
        private final Text key = new Text();
        private final LongWritable value = new LongWritable();
        private Iterable<LongWritable> values;
        private int index = -1;

        ReduceInput(List<Map.Entry<String, List<Long>>> groups) {
            this.groups = groups.iterator();
        }

        boolean nextKey(Recorder recorder) {
            if (!groups.hasNext()) {
                recorder.call = CLEANUP;
                return false;
            }
            Map.Entry<String, List<Long>> group = groups.next();
            index++;
            recorder.call = index;
            key.set(group.getKey());
            Iterator<Long> counts = group.getValue().iterator();
            Iterator<LongWritable> once = new Iterator<>() {

                @Override
                public boolean hasNext() {
                    return counts.hasNext();
                }

                @Override
                public LongWritable next() {
                    if (!counts.hasNext()) {
                        throw new NoSuchElementException("no more values for this key");
                    }
                    value.set(counts.next());
                    return value;
                }
            };
            // Hadoop hands out one iterator per key: asking again gives the same, already walked one.
            values = () -> once;
            return true;
        }
    }
}
