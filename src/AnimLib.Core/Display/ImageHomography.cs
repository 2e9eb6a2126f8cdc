namespace AnimLib.Display;

/// <summary>The projective map that carries an image's four corners to four points on screen.</summary>
internal static class ImageHomography
{
    /// <summary>
    /// The 3×3 map (row order, as <see cref="ImageItem.Matrix"/>) sending image pixel (0, 0) to <paramref name="ul"/>,
    /// (w, 0) to <paramref name="ur"/>, (w, h) to <paramref name="dr"/> and (0, h) to <paramref name="dl"/>.
    /// </summary>
    /// <remarks>
    /// A flat rectangle seen through a perspective camera is exactly such a map of its corners, so the image is drawn as
    /// the camera sees it. The unit square is mapped to the quadrilateral first (Heckbert's square-to-quad solution),
    /// then scaled to the image's pixel size; a parallelogram gives an affine map (last row 0, 0, 1).
    /// </remarks>
    internal static float[] Map(int width, int height, (float X, float Y) ul, (float X, float Y) ur, (float X, float Y) dr, (float X, float Y) dl)
    {
        double x0 = ul.X, y0 = ul.Y, x1 = ur.X, y1 = ur.Y, x2 = dr.X, y2 = dr.Y, x3 = dl.X, y3 = dl.Y;
        double sx = x0 - x1 + x2 - x3, sy = y0 - y1 + y2 - y3;
        double a, b, c = x0, d, e, f = y0, g = 0, h = 0;
        if (Math.Abs(sx) < 1e-9 && Math.Abs(sy) < 1e-9)
        {
            (a, b, d, e) = (x1 - x0, x3 - x0, y1 - y0, y3 - y0);
        }
        else
        {
            double dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
            double det = dx1 * dy2 - dx2 * dy1;
            // Three corners in a line: the image is seen edge-on; a singular map draws nothing.
            if (Math.Abs(det) < 1e-12) return [0, 0, 0, 0, 0, 0, 0, 0, 1];
            g = (sx * dy2 - dx2 * sy) / det;
            h = (dx1 * sy - sx * dy1) / det;
            (a, b, d, e) = (x1 - x0 + g * x1, x3 - x0 + h * x3, y1 - y0 + g * y1, y3 - y0 + h * y3);
        }
        double w = width, ht = height;
        return [(float)(a / w), (float)(b / ht), (float)c, (float)(d / w), (float)(e / ht), (float)f, (float)(g / w), (float)(h / ht), 1];
    }
}
