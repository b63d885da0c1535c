package org.motcua.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.motcua.PlatformTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of pages in a real browser ({@code *BrowserTests}): the whole platform on a random port
 * ({@link PlatformTest}, the shared context) and a {@link WebBrowser} parameter driving one headless chromium shared
 * by all browser tests of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@ExtendWith(Chromium.class)
public @interface BrowserTest {
}
