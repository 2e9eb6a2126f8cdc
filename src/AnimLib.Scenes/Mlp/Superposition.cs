using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// How many directions fit in a high-dimensional space: an undulating grey bubble stands for N-dimensional space;
/// exactly perpendicular vectors allow only N of them, three perpendicular arrows turn in the bubble, then the condition
/// is relaxed to "between 89° and 91°", three dimensions visibly cannot take a fourth such vector, and a bundle of
/// twelve vectors spins in while the answer ≈ exp(ε·N) is written.
/// </summary>
public class Superposition : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Add undulating bubble to encompass N-dimensional space
        var frame = Frame;
        var bubble = UndulatingBubble();
        var bubbleLabel = new TexText(@"$N$-dimensional\\ Space");
        bubbleLabel.SetHeight(1);
        bubbleLabel["$N$"].SetColor(Yellow);
        bubbleLabel.NextTo(bubble, Left);
        Add(bubble);
        Add(bubbleLabel);

        // Preview some ideas
        var ideas = new VGroup<Text>(new Text("Latin"), new Text("Microphone"), new Text("Basketball"), new Text("The 1920s"));
        ideas.Scale(0.75);
        var ideaVects = new VGroup();
        var vect = Down;
        Color[] colors = [Pink, Green, Orange, Blue];
        for (int i = 0; i < ideas.Count; i++)
        {
            var idea = ideas[i];
            vect = RotateInPlane(vect, 80 * Constants.Degrees);
            var vector = new Vector(1.25f * Vector3.Normalize(vect));
            idea.NextTo(vector.GetEnd(), vector.GetVector(), buff: Constants.SmallBuff);
            var ideaVect = new VGroup(vector, idea);
            ideaVect.SetColor(colors[i]);
            ideaVect.Shift(bubble.GetCenter());
            ideaVects.Add(ideaVect);
        }

        frame.SaveState();
        frame.Scale(0.75);
        frame.MoveTo(new VGroup(bubble, bubbleLabel));
        Play(
            Restore(frame, runTime: 7),
            LaggedStartMap(m => VFadeInThenOut(m), ideaVects, lagRatio: 0.5, runTime: 5));

        // Written conditions and answer
        string[] conditions = [@"$90^\circ$ apart", @"between $89^\circ$ and $91^\circ$ apart"];
        var tasks = new VGroup<TexText>(conditions.Select(phrase => LeftAligned(
            new TexText($@"Choose multiple vectors,\\ each pair {phrase}", fontSize: 42), "Choose multiple vectors,")));
        var (task1, task2) = (tasks[0], tasks[1]);
        task1[@"90^\circ"].SetColor(Red);
        task2[@"$89^\circ$ and $91^\circ$"].SetColor(Blue);
        task1.Center().ToEdge(Up);
        task2.MoveTo(task1, UL);

        var maxima = new VGroup<TexText>(new[] { "$N$", @"$\approx \exp(\epsilon \cdot N)$" }
            .Select(answer => new TexText($@"Maximum \# of vectors: {answer}", fontSize: 42)));
        var (maximum1, maximum2) = (maxima[0], maxima[1]);
        foreach (var maximum in maxima)
            maximum.NextTo(tasks, Down, buff: Constants.LargeBuff, alignedEdge: Left);
        maximum1["N"].SetColor(Yellow);
        maximum2["N"].SetColor(Yellow);

        // Add 3 vectors such that each pair is 90-degrees
        var perpVectors = new VGroup<Vector>(new[] { Right, Up, Out }.Select(v => new Vector(v)));
        perpVectors.SetShading(0.25, 0.25, 0.25);
        perpVectors.SetSubmobjectColorsByGradient(Red, Green, Blue);
        var elbows = new VGroup<Elbow>(new (double Angle, Vector3 Axis)[] { (0, Up), (-Math.PI / 2, Up), (Math.PI / 2, Right) }
            .Select(p => new Elbow(width: 0.1).Rotate(p.Angle, p.Axis, aboutPoint: Vector3.Zero).SetStroke(White, 2)));
        elbows.SetStroke(GreyA, 2);
        var perpGroup = new VGroup(perpVectors, elbows);
        perpGroup.Rotate(-10 * Constants.Degrees, Up);
        perpGroup.Rotate(20 * Constants.Degrees, Right);
        perpGroup.Scale(2);
        perpGroup.MoveTo(bubble);

        Play(
            FadeIn(task1),
            LaggedStartMap(v => GrowArrow(v), new VGroup(perpVectors[0], perpVectors[1]), lagRatio: 0.5));
        Play(ShowCreation(elbows[0]));
        Play(
            GrowArrow(perpVectors[2]),
            LaggedStartMap(e => ShowCreation(e), new VGroup(elbows[1], elbows[2]), lagRatio: 0.5));
        Play(
            Rotate(perpGroup, -50 * Constants.Degrees, axis: perpVectors[1].GetVector(), runTime: 15),
            Write(maximum1, timeSpan: (2, 4)));

        // Relax the assumption
        var ninetyPart = task1[conditions[0]];
        var cross = new Cross(ninetyPart);
        var crossedPart = new VGroup(ninetyPart, cross);
        var newCond = task2[conditions[1]];
        newCond.AlignTo(ninetyPart, Left);
        var pairs = new VGroup(VectorPair.GetVectorPair(89), VectorPair.GetVectorPair(91));
        pairs.Arrange(Right);
        pairs.ToCorner(UL);

        Play(
            FadeOut(maximum1),
            ShowCreation(cross));
        Play(
            crossedPart.Animate().Shift(0.5f * Down).SetFill(opacity: 0.5),
            Write(newCond),
            LaggedStartMap(p => FadeIn(p), pairs, lagRatio: 0.25));
        Play(
            Rotate(perpGroup, 50 * Constants.Degrees, axis: perpVectors[1].GetVector(), runTime: 10));

        // Struggle with 3 vectors (Sub out the title)
        var threeDLabel = new TexText(@"3-dimensional\\ Space");
        threeDLabel["3"].SetColor(Blue);
        threeDLabel.MoveTo(bubbleLabel, UL);
        bubbleLabel.SaveState();

        var pv = perpVectors;
        pv.SaveState();
        var altVects = pv.Copy();
        var origin = pv[0].GetStart();
        foreach (var v in altVects)
        {
            var axis = Vector3.Normalize(new Vector3((float)Random.NextDouble(), (float)Random.NextDouble(), (float)Random.NextDouble()));
            v.Rotate(5 * Constants.Degrees, axis, aboutPoint: origin);
        }
        var newVects = new VGroup<Arrow>();
        foreach (var (v1, v2) in new[] { (pv[0], pv[1]), (pv[0], pv[2]), (pv[1], pv[2]) })
        {
            var end = (float)v1.GetLength() * Vector3.Normalize(v1.GetVector() + v2.GetVector());
            newVects.Add(new Arrow(Vector3.Zero, end, buff: 0).Shift(origin));
        }
        newVects.SetColor(Yellow);
        var newVect = newVects[0];

        void Shake(Mobject v) => Play(
            v.Animate().Rotate(5 * Constants.Degrees, Right, aboutPoint: origin),
            rateFunc: t => RateFunctions.Wiggle(t, 9));

        Play(
            FadeIn(threeDLabel, Down),
            bubbleLabel.Animate().ToEdge(Down).SetOpacity(0.5));
        Play(
            GrowArrow(newVect),
            Transform(perpVectors, altVects));
        Shake(newVect);
        Play(
            Restore(perpVectors),
            Transform(newVect, newVects[1]));
        Shake(newVect);
        Play(
            Transform(perpVectors, altVects),
            Transform(newVect, newVects[2]));
        Shake(newVect);
        Wait();
        Play(
            newVect.Animate().Scale(0, aboutPoint: origin),
            ApplyMethod(perpGroup, g => g.Scale(0, aboutPoint: origin), lagRatio: 0.25),
            Restore(bubbleLabel),
            FadeOut(threeDLabel, Up),
            runTime: 2);
        Remove(newVect, perpGroup);

        // Stack on many vectors
        var dodec = new Dodecahedron();
        var vertices = dodec.Select(face => face.GetCenter()).ToList();
        var vectors = new VGroup<Vector>(vertices.Select(vert => new Vector(vert)));
        vectors.SetFlatStroke(true);
        vectors.Rotate(30 * Constants.Degrees, UR);
        foreach (var vector in vectors)
        {
            vector.Always(v => v.SetPerpendicularToCamera(Frame));
            vector.SetColor(Color.RandomBright(Random, hue: (0.5, 0.7)));
        }
        vectors.MoveTo(bubble);

        Wait(6);
        Play(
            FadeOut(crossedPart),
            Write(maximum2),
            Rotating(vectors, Math.Tau, axis: Up, runTime: 20),
            LaggedStartMap(v => VFadeIn(v), vectors, lagRatio: 0.5, runTime: 8));
        Wait();
    }

    /// <summary>
    /// The cloud of a 6×3 thought bubble, grey and lightly shaded at the bottom edge, whose outline ripples: every frame
    /// each point (relative to the cloud's centre) is stretched by 1 + 0.05·sin(6·angle + scene time).
    /// </summary>
    protected VMobject UndulatingBubble()
    {
        var bubble = new ThoughtBubble(fillerShape: (6, 3)).Cloud;
        bubble.SetStroke(White, 1);
        bubble.SetFill(Grey);
        bubble.SetShading(0.5, 0.5, 0);
        bubble.ToEdge(Down);
        var points = bubble.Points.ToArray();
        var mean = Vector3.Zero;
        foreach (var p in points) mean += p;
        mean /= points.Length;
        for (int i = 0; i < points.Length; i++) points[i] -= mean;
        var angles = points.Select(p => Math.Atan2(p.Y, p.X)).ToArray();

        bubble.AddUpdater(b =>
        {
            var moved = new Vector3[points.Length];
            for (int i = 0; i < points.Length; i++)
                moved[i] = points[i] * (float)(1.0 + 0.05 * Math.Sin(6 * angles[i] + Time));
            b.Points = moved;
            b.SetX(0).ToEdge(Down);
        });
        return bubble;
    }

    /// <summary>Rotates <paramref name="v"/> by <paramref name="angle"/> radians about the z axis.</summary>
    private static Vector3 RotateInPlane(Vector3 v, double angle)
    {
        float c = (float)Math.Cos(angle), s = (float)Math.Sin(angle);
        return new Vector3(c * v.X - s * v.Y, s * v.X + c * v.Y, v.Z);
    }

    /// <summary>
    /// Left-aligns a two-line <see cref="TexText"/> (typeset centred) by moving its second line so it starts where the
    /// first does, as the chapter's paragraphs typeset without <c>\centering</c>.
    /// </summary>
    private static TexText LeftAligned(TexText text, string firstLine)
    {
        var ranges = text.GetGlyphRanges(firstLine);
        if (ranges.Count == 0 || ranges[0].Start != 0)
            throw new ArgumentException($"\"{firstLine}\" is not the first line of \"{text.Source}\".", nameof(firstLine));
        int split = ranges[0].End;
        var first = new VGroup(text.Take(split));
        var rest = new VGroup(text.Skip(split));
        rest.AlignTo(first, Left);
        return text;
    }
}
