using System.Numerics;
using AnimLib.Display;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A bitmap on a rectangle (ManimGL's <c>ImageMobject</c>): <c>height</c> units tall (4 by default), keeping the image's
/// aspect ratio, centred at the origin. Its four points are the corners UL, UR, DL, DR, so it moves, scales and rotates
/// like any mobject. <c>SetOpacity</c> fades it; colour changes do not apply to images and are ignored. It is not a
/// vector mobject: group it with <see cref="Group"/>.
/// </summary>
public class ImageMobject : Mobject
{
    /// <summary>Loads <paramref name="path"/> (PNG, JPEG, WebP, GIF, ... decoded through <see cref="ImageDecoder"/>).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not an image in a supported format, or is truncated or corrupt.</exception>
    public ImageMobject(string path, double height = 4.0)
        : this(ImageDecoder.Decode(path), height)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>Shows already decoded pixels.</summary>
    public ImageMobject(RasterImage image, double height = 4.0)
    {
        Image = image;
        float h = (float)height / 2, w = h * image.Width / image.Height;
        Points = [new(-w, h, 0), new(w, h, 0), new(-w, -h, 0), new(w, -h, 0)];
    }

    /// <summary>The decoded pixels.</summary>
    public RasterImage Image { get; }

    /// <summary>The file it was loaded from (null when built from pixels).</summary>
    public string? Path { get; }

    /// <summary>Opacity in [0, 1].</summary>
    public double Opacity { get; set; } = 1;

    /// <inheritdoc/>
    public override double GetOpacity() => Opacity;

    /// <inheritdoc/>
    protected internal override void SetOpacityOwn(double opacity) => Opacity = opacity;

    /// <inheritdoc/>
    protected internal override void SetColorOwn(Color color, double? opacity)
    {
        // Images keep their pixels' colours, as in ManimGL; only the opacity applies.
        if (opacity is double o) Opacity = o;
    }

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is ImageMobject a && end is ImageMobject b) Opacity = VectorMath.Lerp(a.Opacity, b.Opacity, alpha);
    }

    /// <inheritdoc/>
    public override void AlignPointsWith(Mobject other)
    {
        if (other.Points.Length != Points.Length)
            throw new NotSupportedException($"An ImageMobject can only transform into another ImageMobject; got a {other.GetType().Name}.");
    }

    /// <summary>One <see cref="ImageItem"/>: the bitmap mapped onto the projected corners, unless a corner is out of view.</summary>
    protected internal override void AddOwnDisplayItems(IDisplayItemSink sink)
    {
        if (Points.Length != 4 || Opacity <= 0) return;
        sink.ThrowIfNotFinite(VectorMath.Sum(Points));
        var projection = sink.Projection;
        // A corner at or behind the eye has no place on screen, and the map through it would fold the image over.
        foreach (var corner in Points)
            if (!projection.IsInFrontOfEye(corner)) return;
        var (ulx, uly, _) = projection.ToPixel(Points[0]);
        var (urx, ury, _) = projection.ToPixel(Points[1]);
        var (dlx, dly, _) = projection.ToPixel(Points[2]);
        var (drx, dry, _) = projection.ToPixel(Points[3]);
        var item = new ImageItem
        {
            Image = Image,
            Matrix = ImageHomography.Map(Image.Width, Image.Height, (ulx, uly), (urx, ury), (drx, dry), (dlx, dly)),
            Opacity = (float)Math.Clamp(Opacity, 0, 1),
        };
        var center = (Points[0] + Points[3]) * 0.5f;
        sink.Add(item, Vector3.Distance(center, projection.EyePosition));
    }

    /// <summary>Corner <paramref name="index"/>: 0 UL, 1 UR, 2 DL, 3 DR.</summary>
    public Vector3 GetImageCorner(int index) => Points[index];
}
