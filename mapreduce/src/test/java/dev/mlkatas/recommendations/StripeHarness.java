package dev.mlkatas.recommendations;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.MapWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.Counters;
import org.apache.hadoop.mapreduce.MapContext;
import org.apache.hadoop.mapreduce.ReduceContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.lib.map.WrappedMapper;
import org.apache.hadoop.mapreduce.lib.reduce.WrappedReducer;

/**
 * Runs the stripes mapper or reducer as a function, without a cluster, through the {@code run} method Hadoop
 * calls, and captures each (item, stripe) written, copied at the write as Hadoop serializes it.
 *
 * <p>As strict as Hadoop: the mapper gets one Text refilled for every line (a longer earlier line leaves bytes
 * past its length); the reducer gets one reused key and one reused stripe, refilled for each value, and its
 * values can be walked once.
 *
 * <p>Example: {@code StripeHarness.map("milk,bread").writes()}
 */
final class StripeHarness {

    private static final TaskAttemptID ATTEMPT = new TaskAttemptID("harness", 1, TaskType.MAP, 0, 0);

    private StripeHarness() {
    }

    /** One (item, stripe) written, and the map or reduce call it was written in (0 for the first). */
    record Write(String item, Map<String, Long> stripe, int call) {}

    /** Everything one run of a task wrote, in order, and its counters. */
    record Run(List<Write> writes, Counters counters) {

        long baskets() {
            return counters.findCounter(BasketCounter.BASKETS).getValue();
        }
    }

    /** Runs the candidate's mapper on the lines, keyed by their byte offsets. */
    static Run map(String... lines) {
        return map(List.of(lines));
    }

    static Run map(List<String> lines) {
        Recorder recorder = new Recorder();
        Iterator<String> input = lines.iterator();
        LongWritable offset = new LongWritable();
        Text line = new Text();
        @SuppressWarnings("unchecked")
        MapContext<LongWritable, Text, Text, MapWritable> context = (MapContext<LongWritable, Text, Text, MapWritable>)
                Proxy.newProxyInstance(StripeHarness.class.getClassLoader(), new Class<?>[] {MapContext.class},
                        handler(recorder, (name, args) -> switch (name) {
                            case "nextKeyValue" -> {
                                if (!input.hasNext()) {
                                    yield false;
                                }
                                String next = input.next();
                                offset.set(offset.get() + line.getLength() + 1);
                                // Text.set keeps the larger byte array: old bytes linger past the length.
                                byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
                                line.set(bytes, 0, bytes.length);
                                recorder.call++;
                                yield true;
                            }
                            case "getCurrentKey" -> offset;
                            case "getCurrentValue" -> line;
                            default -> NOT_HANDLED;
                        }));
        run(() -> new CoOccurrence.StripesMapper().run(
                new WrappedMapper<LongWritable, Text, Text, MapWritable>().getMapContext(context)));
        return recorder.run();
    }

    /** Runs the candidate's reducer on groups of (item, stripes), in the order given. */
    static Run reduce(List<Map.Entry<String, List<Map<String, Long>>>> groups) {
        Recorder recorder = new Recorder();
        Iterator<Map.Entry<String, List<Map<String, Long>>>> input = groups.iterator();
        Text key = new Text();
        MapWritable value = new MapWritable();
        Object[] values = new Object[1];
        @SuppressWarnings("unchecked")
        ReduceContext<Text, MapWritable, Text, MapWritable> context =
                (ReduceContext<Text, MapWritable, Text, MapWritable>) Proxy.newProxyInstance(
                        StripeHarness.class.getClassLoader(), new Class<?>[] {ReduceContext.class},
                        handler(recorder, (name, args) -> switch (name) {
                            case "nextKey" -> {
                                if (!input.hasNext()) {
                                    yield false;
                                }
                                Map.Entry<String, List<Map<String, Long>>> group = input.next();
                                recorder.call++;
                                key.set(group.getKey());
                                Iterator<Map<String, Long>> stripes = group.getValue().iterator();
                                Iterator<MapWritable> once = new Iterator<>() {
                                    @Override
                                    public boolean hasNext() {
                                        return stripes.hasNext();
                                    }

                                    @Override
                                    public MapWritable next() {
                                        if (!stripes.hasNext()) {
                                            throw new NoSuchElementException("no more stripes for this item");
                                        }
                                        value.clear();
                                        stripes.next().forEach((k, v) -> value.put(new Text(k), new LongWritable(v)));
                                        return value;
                                    }
                                };
                                Iterable<MapWritable> iterable = () -> once;
                                values[0] = iterable;
                                yield true;
                            }
                            case "getCurrentKey" -> key;
                            case "getValues" -> values[0];
                            default -> NOT_HANDLED;
                        }));
        run(() -> new CoOccurrence.StripeSumReducer().run(
                new WrappedReducer<Text, MapWritable, Text, MapWritable>().getReducerContext(context)));
        return recorder.run();
    }

    private static final Object NOT_HANDLED = new Object();

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

    private static InvocationHandler handler(Recorder recorder, Input input) {
        Configuration conf = new Configuration(false);
        return (proxy, method, args) -> {
            Object answer = input.answer(method.getName(), args);
            if (answer != NOT_HANDLED) {
                return answer;
            }
            return switch (method.getName()) {
                case "write" -> {
                    recorder.write((Text) args[0], (MapWritable) args[1]);
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
                        + method.getName() + "(): a stripes task needs only its counters and write()");
            };
        };
    }

    private static final class Recorder {

        private final List<Write> writes = new ArrayList<>();
        private final Counters counters = new Counters();
        private int call = -1;

        void write(Text item, MapWritable stripe) {
            if (item == null || stripe == null) {
                throw new NullPointerException("a task wrote a null key or value: (" + item + ", " + stripe + ")");
            }
            Map<String, Long> copy = new TreeMap<>();
            for (Map.Entry<Writable, Writable> entry : stripe.entrySet()) {
                copy.put(entry.getKey().toString(), ((LongWritable) entry.getValue()).get());
            }
            writes.add(new Write(item.toString(), copy, call));
        }

        Run run() {
            return new Run(List.copyOf(writes), counters);
        }
    }
}
