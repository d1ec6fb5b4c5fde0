/**
 * The dispatch kata: machine learning and operations research together, to deliver groceries on time.
 *
 * <p>The candidate's three files sit here: {@code Assignment} (the Hungarian algorithm), {@code Routes} (savings,
 * 2-opt and relocation under time windows) and {@code QuantileEta} (the pinball loss and coverage). {@code vrptw}
 * holds the instance and stop records they work on. The job around them: {@code data} (Solomon's instance format,
 * a best-known solution), {@code simulation} (an evening of one store of the grocery world: windows, shoppers,
 * handover minutes), {@code eta} (Smile's quantile boosted trees), {@code planning} (routes driven for real,
 * shoppers assigned), {@code evaluation} (an independent check of routes) and {@code report}.
 *
 * <p>Example: {@code DispatchJob.run(new String[] {"--deliveries", "40"}, System.out, System.err)}
 */
package dev.mlkatas.dispatch;
