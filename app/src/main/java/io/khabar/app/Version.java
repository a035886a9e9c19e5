package io.khabar.app;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version when packaged. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Khabar.class.getPackage().getImplementationVersion();
        return new String[] {"khabar " + (version == null ? "dev" : version)};
    }
}
