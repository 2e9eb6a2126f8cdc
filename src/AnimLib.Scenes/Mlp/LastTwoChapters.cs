using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// From the last two chapters to the transformer: the chapter 5 and 6 thumbnails, a 3D stack of alternating attention
/// and MLP blocks, the stack split into its two kinds with an icon on each, facts like "Michael Jordan plays Basketball"
/// sucked into the MLP blocks, and the question "What are these?". The helpers (thumbnails, block, icons) are shared
/// with the scenes that derive from it.
/// </summary>
public class LastTwoChapters : Scene
{
    /// <summary>File (in <see cref="MlpAssets.DataDir"/>) with one athlete fact per line.</summary>
    public const string SportsFactsFile = "athlete_sports.txt";

    /// <summary>Stand-in thumbnails of chapters 5 and 6, in <see cref="MlpAssets.DataDir"/>.</summary>
    public static readonly IReadOnlyList<string> ThumbnailFiles = ["Chapter5_TN5.png", "Chapter6_TN4.png"];

    /// <inheritdoc/>
    protected override void Construct()
    {
        // Show last two chapters
        var frame = Frame;
        Camera.LightSource.SetZ(15);
        SetFloorPlane("xz");
        var thumbnails = GetThumbnails();
        Play(LaggedStartMap(m => FadeIn(m, shift: Up), thumbnails.Submobjects, lagRatio: 0.5));
        Wait();

        // Show transformer schematic
        var blocks = new Group(Enumerable.Range(0, 10).Select(_ => (Mobject)GetBlock()));
        new Group(Every(blocks, 1, 2)).Stretch(2, 2).SetOpacity(1);
        blocks.Arrange(Out, buff: 0.5);
        blocks.SetDepth(8, stretch: true);
        blocks.SetOpacity(0.8);
        blocks.ApplyDepthTest();

        var transTitle = new Text("Transformer", 96);
        transTitle.NextTo(blocks, Up, buff: 0.5);

        Play(
            frame.Animate().Reorient(-32, 0, 0, new Vector3(0.56f, 2.48f, 0.32f), 12.75),
            thumbnails.Animate().Scale(0.5).Arrange(Right, buff: 2.0).ToEdge(Up, buff: 0.25),
            LaggedStartMap(m => FadeIn(m, shift: 0.25f * Up, scale: 1.5), blocks.Submobjects, lagRatio: 0.1),
            FadeIn(transTitle, Up));
        Wait();

        // Break out transformer as sequence of blocks
        var attBlocks = new Group(Every(blocks, 0, 2));
        var mlpBlocks = new Group(Every(blocks, 1, 2));
        var attTitle = new Text("Attention", 72);
        var mlpTitleFull = new Text("Multilayer Perceptron", 72);
        var mlpTitle = new Text("MLP", 72);

        Play(
            frame.Animate().Reorient(-3, -2, 0, new Vector3(0.23f, 2.57f, 0.3f), 12.75),
            transTitle.Animate().Shift(2 * Up),
            attBlocks.Animate().Shift(4 * Left),
            mlpBlocks.Animate().Shift(4 * Right));

        var attIcon = GetAttIcon(attBlocks[^1]);
        var mlpIcon = GetMlpIcon(mlpBlocks[^1]);
        attTitle.NextTo(attBlocks[^1], Up, buff: 0.75);
        foreach (var title in new[] { mlpTitle, mlpTitleFull })
            title.NextTo(mlpBlocks[^1], Up, buff: 0.75);

        Play(
            FadeIn(attIcon, lagRatio: 1e-3),
            FadeIn(attTitle, Up),
            transTitle.Animate().Scale(0.75).SetOpacity(0.5));
        Wait();
        Play(
            Write(mlpIcon),
            FadeIn(mlpTitleFull, Up));
        Wait();
        Play(TransformMatchingStrings(mlpTitleFull, mlpTitle));
        Wait();

        // Show sports facts
        var sportFacts = new VGroup(ReadSportsFacts().Select(line => new Text(line)));
        foreach (var fact in sportFacts)
        {
            fact.NextTo(transTitle, Up);
            fact.Shift((float)Uniform(-3, 3) * Right);
            fact.Shift((float)Uniform(0, 3) * Up);
        }

        Remove(mlpIcon, mlpTitle);
        Play(
            FadeOut(thumbnails),
            FadeOut(transTitle),
            LaggedStart(
                sportFacts.Select(fact => (Animation)Succession(FadeIn(fact), fact.Animate().Scale(0.5).SetOpacity(0).MoveTo(mlpBlocks))),
                lagRatio: 0.15));
        Wait();

        // Ask what is the MLP
        var rect = new SurroundingRectangle(new Group(mlpBlocks, mlpTitle), buff: 1.0);
        rect.Stretch(0.8, 1);
        rect.MatchZ(mlpBlocks[^1]);
        var question = new Text("What are these?", 90);
        question.NextTo(rect, Up, buff: 3.0);
        question.MatchColor(rect);
        question.SetFill(borderWidth: 0.5);
        var arrow = new Arrow(question, rect);
        arrow.MatchColor(rect);

        Play(
            // ManimGL's Group.fade sets the absolute opacity 1 - darkness.
            new Group(attBlocks, attTitle).Animate().SetOpacity(0.5),
            ShowCreation(rect),
            Write(question),
            GrowArrow(arrow));
        Wait();
    }

    /// <summary>Python's <c>random.uniform(a, b)</c> on the scene's random source.</summary>
    protected double Uniform(double a, double b) => a + (b - a) * Random.NextDouble();

    /// <summary>Children <paramref name="start"/>, <paramref name="start"/> + <paramref name="step"/>, ... (Python's <c>group[start::step]</c>).</summary>
    protected static IEnumerable<Mobject> Every(Mobject group, int start, int step) =>
        group.Submobjects.Where((_, i) => i >= start && (i - start) % step == 0);

    /// <summary>The lines of the sports-facts file (empty lines skipped, so a trailing newline adds no empty text).</summary>
    protected static IEnumerable<string> ReadSportsFacts() =>
        File.ReadAllText(MlpAssets.GetPath(SportsFactsFile)).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);

    /// <summary>
    /// The two chapter thumbnails, each framed by a white rectangle as <c>Group(frame, image)</c>, 3.5 tall, side by side
    /// with a gap of 1, fixed in the frame.
    /// </summary>
    protected Group GetThumbnails()
    {
        var thumbnails = new Group(ThumbnailFiles.Select(file =>
        {
            var image = new ImageMobject(MlpAssets.GetPath(file));
            return (Mobject)new Group(new SurroundingRectangle(image, buff: 0).SetStroke(White, 3), image);
        }));
        thumbnails.SetHeight(3.5);
        thumbnails.Arrange(Right, buff: 1.0);
        thumbnails.FixInFrame();
        return thumbnails;
    }

    /// <summary>
    /// The attention icon: an <paramref name="nRows"/>×<paramref name="nRows"/> grid of dots 0.9 times the block's height,
    /// each with a random opacity (<c>random⁵</c>, so most are faint), on the block's front face.
    /// </summary>
    protected VGroup<Dot> GetAttIcon(Mobject block, int nRows = 8)
    {
        var attIcon = new Dot().GetGrid(nRows, nRows);
        attIcon.SetHeight(block.GetHeight() * 0.9);
        attIcon.SetBackstroke(Black, 0.5);
        foreach (var dot in attIcon)
            dot.SetFill(opacity: Math.Pow(Random.NextDouble(), 5));
        attIcon.MoveTo(block, Out);
        return attIcon;
    }

    /// <summary>
    /// The MLP icon: three columns of dots (<paramref name="layer0Size"/>, twice that, <paramref name="layer0Size"/>) 0.9 times
    /// the block's height with random opacities, and a line between every pair of dots of neighbouring columns coloured
    /// by a random weight with a random width; <c>VGroup(layers, lines)</c> on the block's front face.
    /// </summary>
    protected VGroup GetMlpIcon(Mobject block, double dotBuff = 0.15, double layerBuff = 1.5, int layer0Size = 5)
    {
        var layers = new VGroup<VGroup<Dot>>(
            new Dot().GetGrid(layer0Size, 1, buff: dotBuff),
            new Dot().GetGrid(2 * layer0Size, 1, buff: dotBuff),
            new Dot().GetGrid(layer0Size, 1, buff: dotBuff));
        layers.SetHeight(block.GetHeight() * 0.9);
        layers.Arrange(Right, buff: layerBuff);
        foreach (var layer in layers.Members)
            foreach (var dot in layer)
                dot.SetFill(opacity: Random.NextDouble());
        layers.SetStroke(White, 0.5);

        var lines = new VGroup<Line>();
        for (int l = 0; l + 1 < layers.Submobjects.Count; l++)
            foreach (var dot1 in layers[l])
                foreach (var dot2 in layers[l + 1])
                    lines.Add(new Line(dot1.GetCenter(), dot2.GetCenter(), buff: dot1.GetWidth() / 2));
        foreach (var line in lines)
        {
            var color = ValueColors.ValueToColor(Uniform(-10, 10));
            line.SetStroke(color, 3 * Math.Pow(Random.NextDouble(), 3));
        }

        var icon = new VGroup(layers, lines);
        icon.MoveTo(block, Out);
        return icon;
    }

    /// <summary>
    /// One transformer block: a translucent cube stretched to <paramref name="width"/>×<paramref name="height"/>×<paramref name="depth"/>,
    /// shaded, without depth test, its faces ordered for painting by <c>dot(centre, (−1, 1, 1))</c>.
    /// </summary>
    protected Cube GetBlock(double width = 5, double height = 3, double depth = 1, Color? color = null, double opacity = 0.8)
    {
        var block = new Cube(color: color ?? GreyD, opacity: opacity);
        block.DeactivateDepthTest();
        block.SetShape(width, height, depth);
        block.SetShading(0.5, 0.5, 0.0);
        block.Sort(p => -p.X + p.Y + p.Z);
        return block;
    }
}
