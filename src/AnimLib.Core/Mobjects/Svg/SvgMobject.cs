using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// A vector picture read from an SVG file or string: one <see cref="VMobject"/> child per drawable element (paths,
/// basic shapes, <c>use</c> instances), with the document's fills and strokes, flipped to y-up and centred at the
/// origin. As in ManimGL the picture is scaled to <c>height</c> (2 units by default).
/// </summary>
public class SvgMobject : VGroup<VMobject>
{
    /// <summary>ManimGL's default height of an imported SVG.</summary>
    public const double DefaultHeight = 2.0;

    /// <summary>Reads the SVG file at <paramref name="path"/>.</summary>
    /// <param name="path">A .svg file.</param>
    /// <param name="height">Resulting height in scene units; null keeps one unit per SVG user unit.</param>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names the path).</exception>
    public SvgMobject(string path, double? height = DefaultHeight)
        : this(ReadFile(path), 1.0, height)
    {
        FilePath = Path.GetFullPath(path);
    }

    /// <summary>Builds the picture from SVG text, scaling user units by <paramref name="unitScale"/> before fitting to <paramref name="height"/>.</summary>
    protected SvgMobject(SvgSource source, double unitScale, double? height)
    {
        foreach (var shape in SvgDocumentReader.Read(source.Text))
        {
            var v = new VMobject
            {
                Points = shape.Points.Select(p => new Vector3((float)(p.X * unitScale), (float)(-p.Y * unitScale), 0)).ToArray(),
            };
            v.FillColor = shape.Fill ?? Palette.White;
            v.FillOpacity = shape.Fill is null ? 0 : shape.FillOpacity;
            v.StrokeColor = shape.Stroke ?? v.FillColor;
            // As in ManimGL, an SVG stroke width is taken as a width in AnimLib stroke units, independent of the picture's scale.
            v.StrokeWidth = shape.Stroke is null ? 0 : shape.StrokeWidth;
            v.StrokeOpacity = shape.Stroke is null ? 0 : shape.StrokeOpacity;
            AddCore([v]);
        }
        if (Submobjects.Count == 0) return;
        this.Center();
        if (height is double h && GetHeight() > 0) this.SetHeight(h);
    }

    /// <summary>Creates the picture from SVG markup.</summary>
    public static SvgMobject FromString(string svg, double? height = DefaultHeight) => new(new SvgSource(svg), 1.0, height);

    /// <summary>The file the picture was read from, when it came from a file.</summary>
    public string? FilePath { get; }

    private static SvgSource ReadFile(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"SVG file not found: {Path.GetFullPath(path)}. Check the path (relative paths are resolved from {Environment.CurrentDirectory}).", path);
        return new SvgSource(File.ReadAllText(path));
    }

    /// <summary>SVG markup, wrapped so the string-taking constructors stay distinct.</summary>
    /// <param name="Text">The SVG document.</param>
    protected internal readonly record struct SvgSource(string Text);
}
