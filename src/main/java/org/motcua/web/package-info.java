/**
 * The page layout shared by every module's HTML pages: the JTE layout and tags under {@code src/main/jte/web}, the
 * language switch, the one message source over all modules' bundles, and the friendly error pages; and the lookup of
 * Spring MVC's request mappings through an index ({@link org.motcua.web.IndexedRequestMappings}).
 */
package org.motcua.web;
