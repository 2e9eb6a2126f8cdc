using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Constants;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// One transformer layer as labelled blocks: "Attention / 604M Parameters" and "MLP / 1.2B Parameters" inside a beige
/// wrapper with a looping "×96" arrow; the camera pans right as the wrapper grows to take in "Layer Norm / 49K
/// Parameters", whose tiny parameter count is then flashed.
/// </summary>
public sealed class ShowBiasBakedIntoWeightMatrix : LastTwoChapters
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Add initial blocks
        var frame = Frame;
        var square = new Square(2.0);
        var attIcon = GetAttIcon(square);
        attIcon.SetStroke(White, 1, 0.5);
        var mlpIcon = GetMlpIcon(square, layerBuff: 1.0);
        var lnmIcon = GetLayerNormIcon();
        lnmIcon.MatchHeight(mlpIcon);

        var attBlock = GetBlock(attIcon, "Attention", "604M Parameters", color: Yellow);
        var mlpBlock = GetBlock(mlpIcon, "MLP", "1.2B Parameters", color: Blue);
        var lnmBlock = GetBlock(lnmIcon, "Layer Norm", "49K Parameters", color: GreyB);
        var blocks = new VGroup(attBlock, mlpBlock, lnmBlock);
        blocks.Arrange(Right, buff: 1.5);

        var lilWrapper = GetLayerWrapper(blocks[..2].Copy());
        var bigWrapper = GetLayerWrapper(blocks);

        Add(lilWrapper, blocks[..2]);
        frame.MatchX(blocks[..2]);
        Wait();
        Play(
            frame.Animate().MatchX(blocks),
            ReplacementTransform(lilWrapper, bigWrapper),
            FadeIn(lnmBlock, Right));
        Wait();
        Play(FlashAround(lnmBlock[2], runTime: 3, timeWidth: 2));
        Wait();
    }

    /// <summary>The standard normal density (scipy's <c>norm.pdf</c>).</summary>
    private static double NormalPdf(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);

    /// <summary>
    /// The layer-norm icon: two small flat axes, one above the other, with a wide off-centre bell curve on the upper one,
    /// a narrow centred one on the lower one, and an arrow between them.
    /// </summary>
    internal static VGroup GetLayerNormIcon()
    {
        var axes1 = new Axes((-4, 4), (0, 1, 0.25));
        var axes2 = new Axes((-4, 4), (0, 1, 0.25));
        var allAxes = new VGroup(axes1, axes2);
        allAxes.SetShape(1.5, 0.5);
        allAxes.Arrange(Down, buff: 1.0);
        var graph1 = axes1.GetGraph(x => 0.5 * NormalPdf(0.5 * x - 0.5));
        var graph2 = axes2.GetGraph(x => 1.5 * NormalPdf(x));
        graph1.SetStroke(Blue).SetFill(Blue, 0.25);
        graph2.SetStroke(Blue).SetFill(Blue, 0.25);
        var arrow = new Arrow(axes1, axes2, buff: 0.1);
        return new VGroup(axes1, graph1, arrow, axes2, graph2);
    }

    /// <summary>
    /// The beige frame around <paramref name="blocks"/> (margin 0.5, 4 tall), arrows from each block to the next, the
    /// looping arrow over the top and "×96" above it: <c>VGroup(rect, arrows, wrappedArrow, multiple)</c>.
    /// </summary>
    internal static VGroup GetLayerWrapper(VGroup blocks)
    {
        var beige = Color.Parse("#F5F5DC");
        var rect = GetBlock(blocks, color: beige, buff: 0.5, height: 4)[0];
        var wrappedArrow = GetWrappedArrow(rect);
        var multiple = new Tex(@"\times 96");
        multiple.NextTo(wrappedArrow, Up);
        var arrows = new VGroup();
        for (int i = 0; i + 1 < blocks.Submobjects.Count; i++)
            arrows.Add(new Arrow(blocks[i][0], blocks[i + 1][0], buff: 0.1));
        return new VGroup(rect, arrows, wrappedArrow, multiple);
    }

    /// <summary>
    /// A labelled block (this scene's version of the chapter's block): a rounded rectangle around
    /// <paramref name="content"/> stretched to <paramref name="height"/>, stroked and tinted with <paramref name="color"/>,
    /// with <paramref name="lowerLabel"/> below and <paramref name="upperLabel"/> above:
    /// <c>VGroup(rect, content, lowLabel, topLabel)</c>.
    /// </summary>
    internal static VGroup GetBlock(VMobject content, string upperLabel = "", string lowerLabel = "", double upperFontSize = 42,
        double lowerFontSize = 36, double buff = 0.25, double height = 2, Color? color = null, double strokeWidth = 3,
        double fillOpacity = 0.2)
    {
        var c = color ?? Blue;
        var block = new SurroundingRectangle(content, buff: buff);
        block.SetHeight(height, stretch: true);
        block.RoundCorners(radius: 0.25);
        // The seed strokes with width 3 whatever strokeWidth says; kept for the same look.
        _ = strokeWidth;
        block.SetStroke(c, 3);
        block.SetFill(c, fillOpacity);
        var lowLabel = Label(lowerLabel, lowerFontSize).NextTo(block, Down, MedSmallBuff);
        var topLabel = Label(upperLabel, upperFontSize).NextTo(block, Up, MedSmallBuff);
        return new VGroup(block, content, lowLabel, topLabel);
    }

    /// <summary>A text label; an empty string gives an empty placeholder so the block keeps its four parts.</summary>
    private static VMobject Label(string text, double fontSize) => text.Length == 0 ? new VGroup() : new Text(text, fontSize);

    /// <summary>
    /// A grey path that leaves <paramref name="bigBlock"/>'s right edge, runs up its right side, over the top (offset
    /// <paramref name="buff"/> diagonally from the corners) and down its left side, and re-enters at the left edge under
    /// an arrow tip pointing right.
    /// </summary>
    internal static VMobject GetWrappedArrow(Mobject bigBlock, double buff = 0.75, Color? color = null, double strokeWidth = 4)
    {
        var c = color ?? GreyB;
        float b = (float)buff;
        var right = bigBlock.GetCorner(Right);
        var left = bigBlock.GetCorner(Left);
        Vector3[] vertices =
        [
            right,
            right + b * Right,
            bigBlock.GetCorner(UR) + b * UR,
            bigBlock.GetCorner(UL) + b * UL,
            left + b * Left,
            left,
        ];
        var line = new Polygon(vertices);
        line.RoundCorners();
        // Drop the closing curve (the straight segment from the left edge back to the right one): the path stays open.
        line.Points = line.Points[..^4];
        line.SetStroke(c, strokeWidth);
        var tip = new ArrowTip().MoveTo(line.GetEnd(), Right);
        tip.SetColor(c);
        line.Add(tip);
        return line;
    }
}
