package dev.mlkatas.ranking.log;

import java.util.List;

/**
 * One search of the log: who searched, for what, and the page they were shown, top first.
 *
 * @param id the search's id, unique in its log
 * @param userId the shopper
 * @param query the query as typed
 * @param segment the kind of query
 * @param impressions what was shown, by position
 */
public record Search(long id, int userId, String query, QuerySegment segment, List<Impression> impressions) {

    public Search {
        impressions = List.copyOf(impressions);
    }
}
