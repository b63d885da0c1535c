/**
 * The page layout shared by every module's HTML pages: the JTE layout and tags under {@code src/main/jte/web}, the
 * language switch, the one message source over all modules' bundles, and the friendly error pages.
 */
package org.motcua.web;
