package org.motcua.documents;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.springframework.stereotype.Service;

/** Checks the digital signatures of a PDF without storing it. */
@Service
public class SignatureVerifier {

    SignatureVerifier() {
    }

    /** What was verified; a file that is not a PDF (by content) is refused with 415. */
    public SignatureCheck check(byte[] content) {
        if (content == null || !PdfInspector.isPdf(content)) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_FILE_TYPE,
                    "Only PDF files are accepted (checked by content, not by name)");
        }
        return PdfInspector.inspect(content).signatures();
    }
}
