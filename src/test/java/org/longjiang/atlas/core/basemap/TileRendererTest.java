package org.longjiang.atlas.core.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longjiang.atlas.core.geo.WebMercator;

class TileRendererTest {
    static BasemapData data;
    static TileRenderer renderer;

    @BeforeAll
    static void load() {
        data = BasemapData.loadBundled();
        renderer = new TileRenderer(data);
    }

    @Test
    void allBundledLayersLoad() {
        assertEquals(List.of(), data.notices());
    }

    @Test
    void tileOverTheSeaOfJapanIsSea() {
        BufferedImage t = tileAt(7, 40.0, 133.5);
        assertEquals(1.0, share(t, BasemapStyle.SEA.getRGB()), 0.02);
    }

    @Test
    void tileOverHarbinIsLandTintedAsTheProvince() {
        BufferedImage t = tileAt(8, 45.7567, 126.6424);
        int rgb = pixelAt(t, 8, 45.7567, 126.6424);
        assertTrue(close(rgb, BasemapStyle.SUBJECT_TINT.getRGB(), 40), "Harbin pixel " + Integer.toHexString(rgb));
        assertTrue(share(t, BasemapStyle.SEA.getRGB()) < 0.01, "no sea around Harbin");
    }

    @Test
    void theAmurBorderIsDrawnBetweenHeiheAndBlagoveshchensk() {
        // Zoom 9 tile holding both towns; the border runs along the river between them.
        BufferedImage t = tileAt(9, 50.26, 127.51);
        long border = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                if (close(t.getRGB(x, y), BasemapStyle.BORDER.getRGB(), 60)) border++;
            }
        }
        assertTrue(border > 150, "border pixels: " + border);
    }

    @Test
    void zoomedOutTileUsesTheWorldLayersAndShowsBothLandAndSea() {
        BufferedImage t = renderer.render(2, 2, 1);
        double sea = share(t, BasemapStyle.SEA.getRGB());
        assertTrue(sea > 0.05 && sea < 0.8, "sea share " + sea);
    }

    @Test
    void missingLayersDegradeWithANotice(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("maps", "world_land_50m.geojson"), dir.resolve("world_land_50m.geojson"));
        Files.writeString(dir.resolve("nea_land_10m.geojson"), "{ this is not json");
        BasemapData partial = BasemapData.loadFrom(dir);
        assertEquals(BasemapLayer.values().length - 1, partial.notices().size());
        assertTrue(
                partial.notices().stream().anyMatch(n -> n.toString().contains("nea_land_10m.geojson cannot be read")));
        assertTrue(
                partial.notices().stream().anyMatch(n -> n.toString().contains("nea_rivers_gshhg.geojson is missing")));
        BufferedImage t = new TileRenderer(partial).render(6, 54, 22);
        assertTrue(share(t, BasemapStyle.LAND.getRGB()) > 0.5, "still draws land from the 50m layer");
    }

    @Test
    void viewRendererMatchesTheTileAtTheSameZoom() {
        int z = 6;
        double lat = WebMercator.lat((22 + 0.5) / 64.0), lon = WebMercator.lon((54 + 0.5) / 64.0);
        BufferedImage view = view(lat, lon, z, 256, 256, 1, 256);
        BufferedImage tile = renderer.render(z, 54, 22);
        long same = 0;
        for (int y = 0; y < 256; y++)
            for (int x = 0; x < 256; x++) if (close(view.getRGB(x, y), tile.getRGB(x, y), 12)) same++;
        assertTrue(same > 0.98 * 256 * 256, "same pixels: " + same);
        assertEquals(512, view(lat, lon, z, 256, 128, 2, 256).getWidth());
    }

    @Test
    void aViewDrawnInBandsIsTheViewDrawnWhole() {
        double lat = 47.6, lon = 128.8;
        BufferedImage whole = view(lat, lon, 5.5, 300, 200, 2, 400);
        BufferedImage bands = view(lat, lon, 5.5, 300, 200, 2, 37);
        long differing = 0;
        for (int y = 0; y < 400; y++)
            for (int x = 0; x < 600; x++) if (whole.getRGB(x, y) != bands.getRGB(x, y)) differing++;
        assertEquals(0, differing);
    }

    /** The view painted into an image of {@code w·scale × h·scale} pixels, {@code band} rows at a time. */
    static BufferedImage view(double lat, double lon, double z, int w, int h, double scale, int band) {
        BufferedImage img = new BufferedImage(
                (int) Math.round(w * scale), (int) Math.round(h * scale), BufferedImage.TYPE_INT_ARGB);
        for (int top = 0; top < img.getHeight(); top += band) {
            Graphics2D g = img.createGraphics();
            g.clipRect(0, top, img.getWidth(), Math.min(band, img.getHeight() - top));
            g.scale(scale, scale);
            new ViewRenderer(data).paint(g, lat, lon, z, w, h, scale);
            g.dispose();
        }
        return img;
    }

    static BufferedImage tileAt(int z, double lat, double lon) {
        long x = (long) Math.floor(WebMercator.x(lon) * (1 << z));
        long y = (long) Math.floor(WebMercator.y(lat) * (1 << z));
        return renderer.render(z, x, y);
    }

    static int pixelAt(BufferedImage tile, int z, double lat, double lon) {
        double fx = WebMercator.x(lon) * (1 << z), fy = WebMercator.y(lat) * (1 << z);
        return tile.getRGB((int) ((fx - Math.floor(fx)) * 256), (int) ((fy - Math.floor(fy)) * 256));
    }

    static double share(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) if (close(img.getRGB(x, y), rgb, 6)) n++;
        return n / (double) (img.getWidth() * img.getHeight());
    }

    static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > tolerance) return false;
        }
        return true;
    }
}
