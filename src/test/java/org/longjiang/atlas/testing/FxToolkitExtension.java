package org.longjiang.atlas.testing;

import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the toolkit once per test JVM the way TestFX does, so that toolkit tests and TestFX
 * window tests can run in any order in one JVM.
 */
public final class FxToolkitExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }
}
