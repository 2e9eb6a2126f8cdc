using System.Runtime.CompilerServices;
using AnimLib.Display;
using SkiaSharp;

namespace AnimLib.Rendering;

public sealed partial class SkiaCanvas
{
    // One Skia image per bitmap, made on first use and released with the bitmap: a RasterImage never changes, and
    // snapshots share one instance across all the frames it shows in. Skia images may be drawn from any thread.
    private static readonly ConditionalWeakTable<RasterImage, SKImage> Images = new();

    // Bilinear with mipmaps: an image scaled well down (a thumbnail in a 3D scene) does not shimmer.
    private static readonly SKSamplingOptions ImageSampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <inheritdoc/>
    void IDisplayItemPainter.Paint(ImageItem item) => PaintImage(Target, item, _itemIndex);

    private void PaintImage(SKCanvas canvas, ImageItem item, int index)
    {
        var image = item.Image ?? throw new ArgumentException($"Item {index} has no image.", "snapshot");
        var m = item.Matrix;
        if (m is not { Length: 9 })
            throw new ArgumentException($"Item {index} needs a 3×3 matrix of 9 numbers; got {m?.Length ?? 0}.", "snapshot");
        var matrix = new SKMatrix(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
        // An image seen exactly edge-on has a singular map and nothing to see.
        if (!matrix.IsInvertible || item.Opacity <= 0) return;
        var skImage = Images.GetValue(image, ToSkImage);
        _image.ColorF = ToColor(0, 0, 0, Math.Clamp(item.Opacity, 0, 1));
        canvas.Save();
        canvas.Concat(in matrix);
        canvas.DrawImage(skImage, 0, 0, ImageSampling, _image);
        canvas.Restore();
    }

    private static SKImage ToSkImage(RasterImage image)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        return SKImage.FromPixelCopy(info, image.Pixels, image.Width * 4)
            ?? throw new InvalidOperationException($"Skia could not copy a {image.Width}x{image.Height} image.");
    }
}
