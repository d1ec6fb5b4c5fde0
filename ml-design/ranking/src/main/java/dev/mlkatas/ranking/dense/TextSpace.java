package dev.mlkatas.ranking.dense;

import dev.mlkatas.ranking.catalog.Catalog;
import dev.mlkatas.ranking.catalog.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;

/**
 * The first step of the dense model: LSA of the catalogue's text. One TF-IDF row per product over the
 * terms of its name, aisle and department, a randomized truncated SVD, and the terms' coordinates in the
 * concept space ({@code V_k Σ_k}), each scaled to length 1 so that a frequent term does not outweigh a
 * rare one by its length alone.
 *
 * <p>Example: {@code TextSpace.fit(catalog, analyser, 64, 42).termVectors().get("salmon")}.
 */
final class TextSpace {

    private final Map<String, double[]> termVectors;
    private final Map<String, Double> idf;
    private final double unseenIdf;
    private final List<List<String>> names;
    private final int dimensions;

    private TextSpace(Map<String, double[]> termVectors, Map<String, Double> idf, double unseenIdf,
            List<List<String>> names, int dimensions) {
        this.termVectors = termVectors;
        this.idf = idf;
        this.unseenIdf = unseenIdf;
        this.names = names;
        this.dimensions = dimensions;
    }

    static TextSpace fit(Catalog catalog, Function<String, List<String>> analyser, int dimensions, long seed) {
        List<Product> products = catalog.products();
        Map<String, List<String>> analysed = new HashMap<>();
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        List<List<String>> names = new ArrayList<>(products.size());
        List<int[]> documents = new ArrayList<>(products.size());
        for (Product product : products) {
            List<String> name = analyser.apply(product.name());
            names.add(name);
            // Aisles and departments repeat across thousands of products: analyse each once.
            List<String> aisle = analysed.computeIfAbsent(product.aisle(), analyser);
            List<String> department = analysed.computeIfAbsent(product.department(), analyser);
            int[] document = new int[name.size() + aisle.size() + department.size()];
            int at = 0;
            for (List<String> field : List.of(name, aisle, department)) {
                for (String term : field) {
                    document[at++] = vocabulary.computeIfAbsent(term, t -> vocabulary.size());
                }
            }
            documents.add(document);
        }
        int terms = vocabulary.size();
        int[] documentFrequency = new int[terms];
        for (int[] document : documents) {
            Arrays.stream(document).distinct().forEach(term -> documentFrequency[term]++);
        }
        double[] termIdf = new double[terms];
        for (int term = 0; term < terms; term++) {
            termIdf[term] = idf(products.size(), documentFrequency[term]);
        }
        SparseRows.Builder rows = new SparseRows.Builder(terms);
        for (int[] document : documents) {
            addTfIdfRow(rows, document, termIdf);
        }
        RandomizedSvd.Result svd = RandomizedSvd.fit(rows.build(), dimensions, seed);

        Map<String, double[]> termVectors = new HashMap<>(terms * 2);
        Map<String, Double> idf = new HashMap<>(terms * 2);
        DMatrixRMaj v = svd.rightVectors();
        double[] sigma = svd.singularValues();
        for (Map.Entry<String, Integer> entry : vocabulary.entrySet()) {
            int term = entry.getValue();
            double[] vector = new double[dimensions];
            for (int k = 0; k < sigma.length; k++) {
                vector[k] = v.get(term, k) * sigma[k];
            }
            termVectors.put(entry.getKey(), DenseModel.unit(vector));
            idf.put(entry.getKey(), termIdf[term]);
        }
        return new TextSpace(termVectors, idf, idf(products.size(), 0), names, dimensions);
    }

    /** Smoothed IDF: {@code ln((1 + n) / (1 + df)) + 1}, positive even for a term in every document. */
    static double idf(int documents, int documentFrequency) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1;
    }

    /** One product's row: {@code (1 + ln tf) · idf} per distinct term, scaled to length 1. */
    private static void addTfIdfRow(SparseRows.Builder rows, int[] document, double[] termIdf) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int term : document) {
            counts.merge(term, 1, Integer::sum);
        }
        int[] columns = new int[counts.size()];
        double[] values = new double[counts.size()];
        double norm = 0;
        int at = 0;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            columns[at] = count.getKey();
            values[at] = (1 + Math.log(count.getValue())) * termIdf[count.getKey()];
            norm += values[at] * values[at];
            at++;
        }
        for (int i = 0; i < values.length && norm > 0; i++) {
            values[i] /= Math.sqrt(norm);
        }
        rows.add(columns, values);
    }

    /** Every catalogue term's vector, length 1 (all zeros for a term outside every kept concept). */
    Map<String, double[]> termVectors() {
        return termVectors;
    }

    /** Every catalogue term's IDF over the products. */
    Map<String, Double> idf() {
        return idf;
    }

    /** The IDF of a term no product has: the largest there is. */
    double unseenIdf() {
        return unseenIdf;
    }

    /** The vector of the product at {@code index} in catalogue order: the IDF-weighted mean of its name's terms. */
    double[] productVector(int index) {
        return DenseModel.weightedMean(names.get(index), termVectors, idf::get, dimensions);
    }
}
