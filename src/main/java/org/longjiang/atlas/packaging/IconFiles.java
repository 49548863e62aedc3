package org.longjiang.atlas.packaging;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.longjiang.atlas.core.basemap.AppIcon;

/** The icon in the three formats the installers take: PNG (Linux), ICO (Windows), ICNS (macOS). */
final class IconFiles {
    /** Sizes in a Windows icon (256 is the largest Explorer shows). */
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** macOS icon types holding PNG data, by pixel size. */
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconFiles() {}

    static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("icon.png"), png(512));
        Files.write(dir.resolve("icon.ico"), ico());
        Files.write(dir.resolve("icon.icns"), icns());
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(AppIcon.draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the images as PNG (Windows Vista and later read PNG entries). */
    static byte[] ico() throws IOException {
        byte[][] images = new byte[ICO_SIZES.length][];
        for (int i = 0; i < ICO_SIZES.length; i++) images[i] = png(ICO_SIZES[i]);
        int headerSize = 6 + 16 * ICO_SIZES.length;
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = headerSize;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) out.write(image);
        return out.toByteArray();
    }

    /** 'icns', total length, then one (type, length, PNG) block per size, all big-endian. */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream blocks = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(blocks);
        for (var type : ICNS_TYPES.entrySet()) {
            byte[] image = png(type.getValue());
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + blocks.size());
        blocks.writeTo((OutputStream) file);
        return out.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        return types;
    }
}
