package dev.mlkatas.runner;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property a seed derived from one grade seed, so that a whole grade can be repeated
 * exactly: {@code -Dkata.seed=42} makes every property's generated values the same on every run, and a new
 * grade seed gives all of them new values. Registered for every property through
 * {@code META-INF/services}; without the system property it changes nothing.
 *
 * <p>A property whose author fixed a seed keeps it. The runner reads the seed once, before any code under
 * test is loaded ({@link #freeze()}); from then on a {@code System.setProperty} changes nothing.
 */
public final class GradeSeeds implements AroundPropertyHook {

    /** The system property that holds the grade seed. */
    public static final String PROPERTY = "kata.seed";

    /** The grade seed as read once; {@code null} until then. */
    private static volatile Optional<Long> frozen;

    /** Reads the grade seed now and keeps it for every property; later calls change nothing. */
    public static synchronized void freeze() {
        if (frozen == null) {
            String value = System.getProperty(PROPERTY);
            frozen = value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        }
    }

    /** The grade seed every property derives from: frozen by the runner, else read now (PIT's JVMs). */
    static Optional<Long> gradeSeed() {
        Optional<Long> seed = frozen;
        if (seed != null) {
            return seed;
        }
        String value = System.getProperty(PROPERTY);
        return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return element.map(Method.class::isInstance).orElse(false);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Optional<Long> gradeSeed = gradeSeed();
        if (gradeSeed.isPresent() && context.attributes().seed().isEmpty()) {
            String name = context.optionalContainerClass().map(Class::getName).orElse("") + "#" + context.label();
            context.attributes().setSeed(Long.toString(derive(gradeSeed.get(), name)));
        }
        return property.execute();
    }

    /** Mixes the grade seed with the property's name, so that properties do not share their values. */
    static long derive(long gradeSeed, String propertyName) {
        long z = gradeSeed ^ (0x9E3779B97F4A7C15L * propertyName.hashCode());
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
