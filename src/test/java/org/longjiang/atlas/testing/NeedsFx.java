package org.longjiang.atlas.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs the JavaFX toolkit running (headless) but not a window of its own: nodes are
 * built and laid out on the FX thread through {@code HeadlessFx.call}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FxToolkitExtension.class)
public @interface NeedsFx {}
