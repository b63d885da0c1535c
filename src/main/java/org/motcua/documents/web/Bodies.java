package org.motcua.documents.web;

/** Small request bodies of the documents API. */
final class Bodies {

    private Bodies() {
    }

    /** Why a draft is abandoned. */
    record Abandon(String reason) {
    }

    /** A progress report. */
    record Progress(String note) {
    }

    /** Closing the handling with the reply document's number and symbol. */
    record Close(String replySymbol, String note) {
    }
}
