package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;

import java.util.Map;

/**
 * A fully online procedure (toàn trình) submitted online with an e-ID below level 2. Level 2 is equivalent to
 * showing the ID card in person, which a procedure completed entirely online never gets to see.
 */
class IdentityLevelInsufficient extends ProblemException {

    static final int REQUIRED = 2;

    private final int level;

    IdentityLevelInsufficient(int level) {
        super(ErrorCode.IDENTITY_LEVEL_INSUFFICIENT, "This procedure is done entirely online and needs an e-ID of "
                + "identity level 2; yours is level " + level + ". Activate a level-2 VNeID account at the police "
                + "of your ward or commune (bring your chip-based ID card) and log in again, or submit the dossier "
                + "in person at any one-stop desk.");
        this.level = level;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("requiredLevel", REQUIRED, "yourLevel", level);
    }
}
