package org.motcua.catalog;

/** A life event (sự kiện trong đời), e.g. {@code birth}, grouping the procedures a citizen needs for it. */
public record LifeEvent(String slug, LocalizedText name) {
}
