package dev.neurona.lsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The open documents, and the analysis of each one's latest version, made once per version
 * whoever asks first (the background check or a request).
 */
final class Analyses {

    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Analyzed> analyses = new ConcurrentHashMap<>();

    private record Analyzed(int version, Analysis analysis) {}

    void open(OpenDocument document) {
        documents.put(document.uri(), document);
    }

    void close(String uri) {
        documents.remove(uri);
        analyses.remove(uri);
    }

    /** The latest version of a document, or null when it is not open. */
    @Nullable
    OpenDocument document(String uri) {
        return documents.get(uri);
    }

    /** Whether {@code document} is still the latest version of its document. */
    boolean isCurrent(OpenDocument document) {
        OpenDocument latest = documents.get(document.uri());
        return latest != null
                && latest.version() == document.version()
                && latest.text().equals(document.text());
    }

    /** The analysis of exactly this version. */
    Analysis of(OpenDocument document) {
        Analyzed cached = analyses.get(document.uri());
        if (cached != null && cached.version == document.version() && isCurrent(document)) {
            return cached.analysis;
        }
        Analysis analysis = Analysis.of(document.text(), document.fileName(), document.paths());
        if (isCurrent(document)) {
            analyses.put(document.uri(), new Analyzed(document.version(), analysis));
        }
        return analysis;
    }
}
