package org.motcua.dossier.forms;

/**
 * One column of the signature area: the position in capitals (lines split by {@code \n}), an italic hint under it,
 * room to sign by hand, and the name.
 *
 * @param room height left empty for a handwritten signature, in points (0 for electronic documents)
 */
record SignatureSlot(String title, String hint, float room, String name) {

    static final String SIGN_AND_NAME = "(Ký và ghi rõ họ tên)";
    static final float HAND = 24 * FormCanvas.MM;

    static SignatureSlot byHand(String title, String name) {
        return new SignatureSlot(title, SIGN_AND_NAME, HAND, name);
    }

    /** The head of a body, who signs by hand and seals; an absent signatory leaves title and name blank. */
    static SignatureSlot sealed(Signatory signatory) {
        return new SignatureSlot(signatory == null ? null : signatory.title(), "(Ký, ghi rõ họ tên và đóng dấu)",
                HAND, signatory == null ? null : signatory.name());
    }
}
