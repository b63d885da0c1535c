package org.motcua;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole platform on a random port with its own fresh embedded PostgreSQL (see
 * {@code src/test/resources/config/application.yml}). Every class annotated with it shares one application context,
 * so one database: tests must create their own data and tolerate what other tests left behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface PlatformTest {
}
