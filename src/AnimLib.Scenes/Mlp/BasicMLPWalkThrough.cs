using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Constants;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// The chapter's main walkthrough, in 3D: a sequence of embeddings enters an MLP block; one vector goes through
/// Linear → ReLU → Linear and is added back; the up-projection is unpacked (rows as questions, bias, parameter count),
/// ReLU and GELU are graphed, the hidden entries are called neurons, the down-projection is read column by column, and
/// finally the same steps run in parallel over every embedding.
/// </summary>
public class BasicMLPWalkThrough : Scene
{
    /// <inheritdoc/>
    public override int RandomSeed => 1;

    /// <summary>Shorthand for a point from doubles.</summary>
    protected static Vector3 V(double x, double y, double z = 0) => new((float)x, (float)y, (float)z);

    /// <inheritdoc/>
    protected override void Construct()
    {
        // Init camera settings
        SetFloorPlane("xz");
        var frame = Frame;
        Camera.LightSource.SetZ(15);

        // Sequence of embeddings comes in to an MLP block
        var embeddingArray = new EmbeddingArray(shape: (6, 9), random: Random);
        embeddingArray.SetWidth(10);
        var block = new VCube(fillColor: GreyD, fillOpacity: 0.5);
        // Painter's order from back to front stands in for depth testing: the front face is drawn last.
        block.DeactivateDepthTest();
        block.Sort(p => p.Z);
        block[^1].SetFill(opacity: 0);
        block.SetStroke(GreyB, 2, 0.25, behind: false);
        block.SetShading(0.25, 0.25, 0.5);
        block.SetShape(11, 4, 4);
        block.MoveTo(0.5f * In, In);
        var blockTitle = new Text("MLP", fontSize: 90);
        blockTitle.NextTo(block, Up);
        frame.Reorient(-21, -12, 0, V(0.34, -0.94, -0.18), 9.79);
        frame.SetFieldOfView(30 * Degrees);
        Add(block, blockTitle);
        Play(FadeIn(embeddingArray, shift: 2 * Out));
        Wait();

        // Highlight one vector
        int index = 3;
        var emb = embeddingArray.Embeddings[index];
        var highlightRect = new SurroundingRectangle(emb);
        var arrayTarget = embeddingArray.GenerateTarget();
        arrayTarget.SetStroke(width: 0);
        arrayTarget.SetOpacity(0.5);
        ((VMobject)arrayTarget[0][index]).SetBackstroke(Black, 2);
        arrayTarget[0][index].SetOpacity(1);
        Play(MoveToTarget(embeddingArray), ShowCreation(highlightRect));
        Wait();

        // Reorient
        double rotAboutUp = 89 * Degrees;
        double rotAboutLeft = 1 * Degrees;
        var upEmb = emb.Copy(); // For use down below
        var fullBlock = new VGroup(block, embeddingArray, highlightRect, blockTitle);
        var fbTarget = fullBlock.GenerateTarget();
        fbTarget[0].SetDepth(16, stretch: true, aboutEdge: In);
        fbTarget[0].SetHeight(5, stretch: true, aboutEdge: Down);
        fbTarget.Rotate(rotAboutUp, Up);
        new VGroup(fbTarget[0], fbTarget[1], fbTarget[2]).Rotate(rotAboutLeft, Left);
        fbTarget.Scale(0.5);
        fbTarget[3].Rotate(90 * Degrees, Down).NextTo(fbTarget[0], Up, buff: 0.5);
        fbTarget.Center().ToEdge(Down, buff: 0.75);
        fbTarget[0][4].SetOpacity(0.1);
        Play(
            frame.Animate().Reorient(-3, -2, 0, V(-0.0, -2.0, 0.01), 6.48),
            MoveToTarget(fullBlock),
            runTime: 2
        );

        // Preview the sequence of operations
        var values = Enumerable.Range(0, 9).Select(_ => Random.NextDouble() * 20 - 10).ToArray();
        values[0] = 1.0;
        var vects = new VGroup<NumericEmbedding>(
            new NumericEmbedding(values: values, darkColor: GreyB),
            new NumericEmbedding(values: values.Select(v => Math.Max(v, 0)).ToArray(), darkColor: GreyB),
            new NumericEmbedding(length: 6, random: Random)
        );
        vects.SetWidth(emb.GetDepth());
        vects.Arrange(Right, buff: 2.0);
        vects.NextTo(emb, Right, buff: 2.0);
        var arrowStarts = new List<Mobject> { emb, vects[0], vects[1] };
        var arrows = new VGroup<Arrow>(arrowStarts.Zip(vects.Members).Select(p => new Arrow(p.First, p.Second)));
        var arrowLabels = new VGroup(new Text("Linear"), new Text("ReLU"), new Text("Linear"));
        arrowLabels.Scale(0.5);
        var phases = new VGroup();
        var simplePhases = new VGroup();
        for (int i = 0; i < 3; i++)
        {
            arrowLabels[i].NextTo(arrows[i], Up);
            phases.Add(new VGroup(arrows[i], arrowLabels[i], vects[i]));
            simplePhases.Add(new VGroup(arrows[i], vects[i]));
        }
        Play(
            LaggedStartMap(v => FadeIn(v, shift: Right), vects.Members, lagRatio: 0.8),
            LaggedStartMap(a => ShowCreation(a), arrows.Members, lagRatio: 0.8),
            LaggedStartMap(l => FadeIn(l), arrowLabels, lagRatio: 0.8)
        );
        Wait();

        // Show the sum
        var (sumCircuit, outputEmb) = GetSumCircuit(emb, vects[^1]);
        Play(
            frame.Animate().Reorient(15, -4, 0, V(0.82, -1.91, 0.04), 7.18),
            ShowCreation(sumCircuit, lagRatio: 0.1),
            runTime: 2
        );
        Play(
            TransformFromCopy(emb, outputEmb, pathArc: -30 * Degrees),
            TransformFromCopy(vects[2], outputEmb, pathArc: -30 * Degrees),
            runTime: 2
        );
        Wait();

        // Show all in parallel
        simplePhases.AddToBack(highlightRect);
        simplePhases.Add(new VGroup(sumCircuit, outputEmb));
        var simplePhaseCopies = new VGroup(embeddingArray.Embeddings.Members.Select(e => simplePhases.Copy().MatchZ(e)));
        foreach (var spCopy in simplePhaseCopies)
        {
            foreach (var group in spCopy.Submobjects.Skip(1))
            {
                var vect = (WeightMatrix)group[1];
                foreach (var entry in vect.GetEntries())
                {
                    var dot = new Dot().Scale(0.5);
                    dot.MatchColor(entry);
                    dot.SetFill(opacity: 0.5);
                    dot.MoveTo(entry);
                    entry.Become(dot);
                }
                group.Fade(0.5);
            }
        }
        Play(
            frame.Animate().Reorient(0, -48, 0, V(0.55, -2.21, 0.18), 7.05),
            LaggedStart(simplePhaseCopies.Select(sp => (Animation)TransformFromCopy(simplePhases, sp)), lagRatio: 0.1),
            FadeOut(blockTitle, timeSpan: (0, 1)),
            runTime: 3
        );
        Play(frame.Animate().Reorient(9, -15, 0, V(0.55, -2.21, 0.18), 7.05), runTime: 4);
        Play(frame.Animate().Reorient(-24, -16, 0, V(0.18, -2.13, 0.09), 7.63), runTime: 12);
        blockTitle.NextTo(block, Up);
        Play(
            frame.Animate().ToDefaultState(),
            LaggedStartMap(m => FadeOut(m), simplePhaseCopies, lagRatio: 0.1),
            FadeIn(blockTitle),
            runTime: 2
        );
        Wait();
    }

    /// <summary>
    /// The residual connection drawn as a yellow circuit: a line rising from above <paramref name="inVect"/>, across and
    /// down into a ⊕ to the right of <paramref name="diffVect"/>, a line from <paramref name="diffVect"/> into the ⊕ and a
    /// short line out. Returns the circuit and the output vector (a copy of <paramref name="diffVect"/> holding the sums)
    /// placed at the end of the out-line.
    /// </summary>
    protected (VGroup Circuit, NumericEmbedding Output) GetSumCircuit(WeightMatrix inVect, NumericEmbedding diffVect, double vBuff = 0.15,
        double hBuff = 0.5, double yDiff = 0.65, Color? color = null)
    {
        var plus = new VGroup(new Line(Up, Down), new Line(Left, Right));
        plus.Scale(0.6);
        var circle = new Circle(radius: 1);
        var oplus = new VGroup(circle, plus);
        oplus.SetHeight(0.3);
        oplus.NextTo(diffVect, Right, buff: hBuff);
        var p0 = inVect.GetTop() + (float)vBuff * Up;
        var p1 = inVect.GetTop() + (float)yDiff * Up;
        var p2 = oplus.GetCenter();
        p2.Y = p1.Y;
        var p3 = oplus.GetTop();
        var topLine = new VMobject();
        topLine.SetPointsAsCorners([p0, p1, p2, p3]);
        var hLine1 = new Line(diffVect.GetRight(), oplus.GetLeft());
        var hLine2 = new Line(oplus.GetRight(), oplus.GetRight() + (float)hBuff * Right);
        var output = diffVect.Copy();
        output.NextTo(hLine2, Right, buff: 0);
        var inEntries = inVect.GetDecimalEntries();
        var diffEntries = diffVect.GetDecimalEntries();
        var outEntries = output.GetDecimalEntries();
        for (int i = 0; i < Math.Min(inEntries.Count, Math.Min(diffEntries.Count, outEntries.Count)); i++)
            outEntries[i].SetValue(inEntries[i].Value + diffEntries[i].Value);
        var circuit = new VGroup(topLine, oplus, hLine1, hLine2);
        circuit.SetStroke(color ?? Yellow, 3);
        return (circuit, output);
    }
}
