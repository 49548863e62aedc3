package org.longjiang.atlas.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.longjiang.atlas.core.basemap.AppIcon;

class IconFilesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void theIconIsTheBorderPortDiamondOnTheMap() {
        BufferedImage icon = AppIcon.draw(100);
        assertEquals(0xD55E00, icon.getRGB(52, 45) & 0xFFFFFF, "the border-port vermillion at the crossing");
        assertEquals(0, icon.getRGB(0, 0) >>> 24, "transparent outside the rounded tile");
        assertEquals(0xF8E6C2, icon.getRGB(80, 85) & 0xFFFFFF, "China in the map's subject tint");
    }

    @Test
    void theWindowsIconHoldsSevenSizesAsPng() throws Exception {
        ByteBuffer ico = ByteBuffer.wrap(IconFiles.ico()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        assertEquals(7, ico.getShort(4));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8), offset = ico.getInt(entry + 12);
            byte[] image = Arrays.copyOfRange(ico.array(), offset, offset + length);
            assertArrayEquals(PNG, Arrays.copyOf(image, 4));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            assertEquals(width == 0 ? 256 : width, decoded.getWidth());
            sizes.add(decoded.getWidth());
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256), sizes);
    }

    @Test
    void theMacIconHoldsPngBlocksUpTo1024() throws Exception {
        byte[] icns = IconFiles.icns();
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertEquals("icns", new String(icns, 0, 4, "US-ASCII"));
        assertEquals(icns.length, b.getInt(4));
        List<String> types = new ArrayList<>();
        int at = 8, last = 0;
        while (at < icns.length) {
            types.add(new String(icns, at, 4, "US-ASCII"));
            int length = b.getInt(at + 4);
            assertArrayEquals(PNG, Arrays.copyOfRange(icns, at + 8, at + 12));
            last = ImageIO.read(new ByteArrayInputStream(icns, at + 8, length - 8))
                    .getWidth();
            at += length;
        }
        assertEquals(icns.length, at);
        assertEquals(List.of("icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"), types);
        assertEquals(1024, last);
    }

    @Test
    void macOsVersionsStartAboveZeroOthersStayAsTheProject() {
        assertEquals("0.1.0", Packager.Os.LINUX.appVersion("0.1.0-SNAPSHOT"));
        assertEquals("0.1.0", Packager.Os.WINDOWS.appVersion("0.1.0"));
        assertEquals("1.1.0", Packager.Os.MAC.appVersion("0.1.0-SNAPSHOT"));
        assertEquals("2.3.4", Packager.Os.MAC.appVersion("2.3.4"));
    }
}
