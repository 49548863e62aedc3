package org.longjiang.atlas.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame: each frame goes to the file as it comes, so a time-lapse of
 * thirty years needs no more memory than one frame. The file loops forever and shows each frame for the
 * same time, as browsers and slide programs play it.
 */
final class GifSink implements AutoCloseable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private boolean first = true;

    /** @param frameMillis how long each frame shows (GIF keeps hundredths of a second) */
    GifSink(OutputStream out, int frameMillis) throws IOException {
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.stream = ImageIO.createImageOutputStream(out);
        this.delayCentiseconds = Math.max(1, Math.round(frameMillis / 10f));
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Appends a frame; the writer reduces it to a palette of its own (256 colours). */
    void add(BufferedImage frame) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // The NETSCAPE2.0 block: loop forever.
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
            first = false;
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(frame, null, meta), param);
        // The writer never goes back: let the stream pass what is written on rather than cache it.
        stream.flushBefore(stream.getStreamPosition());
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        writer.endWriteSequence();
        stream.flush();
        writer.dispose();
    }
}
