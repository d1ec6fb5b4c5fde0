/**
 * The experiments kata: how a grocery shop tests a model, the A/B test every change ships through.
 *
 * <p>The candidate's four files sit here: {@code SampleSize}, {@code MetricTests}, {@code Cuped} and
 * {@code Msprt}, with the {@code Estimate} they return. {@code distributions} wraps Commons Math's normal and
 * Student's t for them. The job around them: {@code data} (an experiment and its CSV format),
 * {@code simulation} (a free-delivery experiment on the shared grocery world, with its true effect planted),
 * {@code analysis} (everything the job computes with the kata's pieces), {@code report} and
 * {@code commands} (the command line).
 *
 * <p>Example: {@code ExperimentsJob.run(new String[] {"--users", "20000"}, System.out, System.err)}
 */
package dev.mlkatas.experiments;
