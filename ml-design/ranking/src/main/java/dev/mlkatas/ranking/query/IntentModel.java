package dev.mlkatas.ranking.query;

/**
 * What a query is after, as a probability distribution over aisles and over departments: "fish" leans
 * to the seafood aisle, not to crackers.
 */
public interface IntentModel {

    /** P(aisle | query), from 0 to 1; the probabilities of all aisles sum to 1. */
    double aisleProbability(ParsedQuery query, int aisleId);

    /** P(department | query), from 0 to 1; the probabilities of all departments sum to 1. */
    double departmentProbability(ParsedQuery query, int departmentId);
}
