package org.motcua.dossier.forms;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A rendered form read back with PDFBox: its text, its fonts, its pages as images, its QR code. */
public final class RenderedPdf {

    private final byte[] bytes;

    public RenderedPdf(byte[] bytes) {
        this.bytes = bytes;
    }

    public int pages() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(int page) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page in reading order (top to bottom), whatever order it was drawn in. */
    String textByPosition(int page) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with line breaks turned into spaces, to find sentences that wrapped. */
    public String flowingText() {
        return text().replaceAll("\\s+", " ");
    }

    /** Every font used on any page, as the PDF describes it. */
    public List<PDFont> fonts() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float pageWidth() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getPage(0).getMediaBox().getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float pageHeight() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getPage(0).getMediaBox().getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BufferedImage image(int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes the QR code on a page rendered at the given resolution — or, when the reader is misled by the text
     * around the code on the whole page (it happens now and then), at one and a half and three quarters of it.
     */
    public String qrCode(int pageIndex, float dpi) throws Exception {
        ReaderException last = null;
        for (float tried : new float[] {dpi, dpi * 1.5f, dpi * 0.75f}) {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image(pageIndex, tried))));
            try {
                Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                return result.getText();
            } catch (ReaderException e) {
                last = e;
            }
        }
        if (last instanceof NotFoundException) {
            throw new AssertionError("no QR code found on page " + (pageIndex + 1), last);
        }
        throw last;
    }
}
