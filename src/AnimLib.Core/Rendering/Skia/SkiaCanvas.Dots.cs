using AnimLib.Display;
using SkiaSharp;

namespace AnimLib.Rendering;

public sealed partial class SkiaCanvas
{
    private readonly SKColorF[] _gradientStops = new SKColorF[2];

    /// <inheritdoc/>
    void IDisplayItemPainter.Paint(DotCloudItem item) => PaintDots(Target, item, _itemIndex);

    private void PaintDots(SKCanvas canvas, DotCloudItem item, int index)
    {
        int n = item.Count;
        if (item.Centers.Length != 2 * n || item.Colors.Length != 4 * n)
            throw new ArgumentException(
                $"Item {index} has {n} dot radii but {item.Centers.Length} centre coordinates and {item.Colors.Length} colour channels (need 2 and 4 per dot).",
                "snapshot");
        float s = Math.Clamp(item.Shading, 0, 1);
        var c = item.Colors;
        for (int k = 0; k < n; k++)
        {
            float r = item.Radii[k];
            float alpha = c[4 * k + 3];
            if (!(r > 0) || alpha <= 0) continue;
            float x = item.Centers[2 * k], y = item.Centers[2 * k + 1];
            float red = c[4 * k], green = c[4 * k + 1], blue = c[4 * k + 2];
            if (s <= 0)
            {
                _fill.ColorF = ToColor(red, green, blue, alpha);
                canvas.DrawCircle(x, y, r, _fill);
                continue;
            }
            // A highlight up and to the left fading to a darker rim: the disc reads as a small lit sphere.
            float hi = 0.5f * s, lo = 1 - 0.45f * s;
            _gradientStops[0] = ToColor(red + (1 - red) * hi, green + (1 - green) * hi, blue + (1 - blue) * hi, alpha);
            _gradientStops[1] = ToColor(red * lo, green * lo, blue * lo, alpha);
            using var shader = SKShader.CreateTwoPointConicalGradient(
                new SKPoint(x - 0.35f * r, y - 0.35f * r), 0, new SKPoint(x, y), r, _gradientStops, null, SKShaderTileMode.Clamp);
            _fill.Shader = shader;
            _fill.ColorF = ToColor(1, 1, 1, 1);
            canvas.DrawCircle(x, y, r, _fill);
            _fill.Shader = null;
        }
    }
}
