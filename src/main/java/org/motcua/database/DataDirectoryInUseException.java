package org.motcua.database;

import java.nio.file.Path;

/** Another running instance holds the data directory; two servers on one directory would corrupt it. */
public class DataDirectoryInUseException extends RuntimeException {

    private final Path dataDir;

    DataDirectoryInUseException(Path dataDir, String holder) {
        super("The data directory " + dataDir + " is already used by another running Một Cửa instance"
                + (holder.isBlank() ? "" : " (" + holder + ")")
                + ". Stop that instance first, or start this one with another MOTCUA_DATA_DIR.");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
