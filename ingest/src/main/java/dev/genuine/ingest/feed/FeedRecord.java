package dev.genuine.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.genuine.ingest.Problem;

/** One record of a feed: the JSON object it holds, or the problem that kept it from being read. */
record FeedRecord(long line, JsonNode node, Problem problem) {}
