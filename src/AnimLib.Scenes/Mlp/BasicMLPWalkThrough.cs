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
        // Show MJ -> Basketball example
        var exampleFact = new TexText("``Michael Jordan plays Basketball''", fontSize: 60);
        exampleFact.ToEdge(Up);
        var mj = new TexText("Michael Jordan", fontSize: 36);
        mj.NextTo(emb, UL);
        var mjLines = new VGroup(mj.Submobjects.Select(ch => (VMobject)new Line(ch.GetBottom(), emb.GetTop(), buff: 0.1, pathArc: 10 * Degrees)));
        mjLines.SetStroke(Yellow, 1, 0.5);
        var basketball = new TexText("Basketball", fontSize: 24);
        basketball.NextTo(vects[2], Up, buff: 0.2);
        Play(Write(exampleFact));
        Wait();
        // Glyph slices rather than exampleFact["Michael Jordan"]: TeX sets `` and '' as one glyph each, which substring
        // selection counts as two, so the selection would be one glyph off.
        var exampleMj = exampleFact[1..14];
        var exampleBasketball = exampleFact[19..29];
        Play(FadeTransform(exampleMj.Copy(), mj));
        Play(Write(mjLines, strokeWidth: 2, strokeColor: YellowB, lagRatio: 1e-2));
        Wait();
        var mover = emb.Copy();
        foreach (var vect in vects.Members)
            Play(Transform(mover, vect, rateFunc: RateFunctions.Linear));
        Remove(mover);
        Wait();
        Play(FadeTransform(exampleBasketball.Copy(), basketball));
        Wait(2);

        // Multiply by the up-projection
        var upProj = new WeightMatrix(shape: (9, 6), random: Random);
        upProj.SetHeight(3);
        upProj.ToCorner(UL);
        upEmb.SetHeight(2);
        upEmb.NextTo(upProj, Right);
        upEmb[^2..].SetFill(Yellow); // Brackets
        Play([
            phases[1..].Animate().SetOpacity(0.1),
            sumCircuit.Animate().SetStroke(opacity: 0.1),
            outputEmb.Animate().SetOpacity(0.1),
            FadeOut(mj),
            FadeOut(mjLines),
            FadeOut(basketball),
            FadeOut(exampleFact),
        ]);
        Wait();
        Play(TransformFromCopy(emb, upEmb));
        Play(FadeIn(upProj, lagRatio: 0.01));
        var (eq, rhs) = ShowMatrixVectorProduct.Play(this, upProj, upEmb);
        Wait();
        DataModifyingMatrix.Play(this, upProj, wordShape: (4, 7), fixInFrame: true);
        Wait();

        // Show machine
        var machine = new MachineWithDials(Random, width: upProj.GetWidth() + SmallBuff, height: upProj.GetHeight() + SmallBuff, nRows: 8, nCols: 9);
        machine.MoveTo(upProj);
        Play(FadeIn(machine));
        Play(machine.RandomChangeAnimation());
        Wait();
        Play(FadeOut(machine));

        // Emphasize dot product with rows
        int nRowsShown = 5;
        var rLabels = new VGroup(Enumerable.Range(0, nRowsShown - 1).Select(k => k.ToString()).Append("n")
            .Select(k => (VMobject)new Tex(@"\vec{\textbf{R}}_{" + k + "}")));
        rLabels[^2].Become(new Tex(@"\vdots").Replace(rLabels[^2], dimToMatch: 1));
        rLabels.Arrange(Down, buff: 0.5);
        rLabels.MatchHeight(upProj);
        rLabels.MoveTo(upProj);
        var hLines = new VGroup(
            new Line(upProj.GetBrackets()[0], rLabels, buff: 0.1),
            new Line(rLabels, upProj.GetBrackets()[1], buff: 0.1)
        );
        hLines.SetStroke(GreyA, 2);
        var rowLabels = new VGroup(rLabels.Select(r => (VMobject)new VGroup(r, hLines.Copy().MatchY(r))));
        var rowMatrix = new VGroup(new VGroup(upProj.GetBrackets().Members.Select(b => (VMobject)b.Copy())), rowLabels);
        var eLabel = new Tex(@"\vec{\textbf{E}}");
        eLabel.MatchHeight(rLabels[0]);
        eLabel.SetColor(Yellow);
        eLabel.MoveTo(upEmb);
        var eCol = new VGroup(
            upEmb[^2..].Copy(),
            new Line(upEmb.GetTop(), eLabel, buff: 0.1).SetStroke(GreyA, 2),
            eLabel,
            new Line(eLabel, upEmb.GetBottom(), buff: 0.1).SetStroke(GreyA, 2)
        );
        var dotProds = new VGroup();
        for (int n = 0; n < rLabels.Count; n++)
        {
            var rLabel = rLabels[n];
            VMobject dotProd;
            if (n == rLabels.Count - 2)
            {
                // The seed also sets this \vdots to 0.75 of the result's width, which blows its dots up to discs; it keeps
                // the row label's size here.
                dotProd = rLabel.Copy();
            }
            else
            {
                dotProd = new VGroup(rLabel.Copy(), new Tex(@"\cdot"), eLabel.Copy());
                dotProd.Arrange(Right, buff: 0.1);
                dotProd[^1].AlignTo(dotProd[0][1], Down);
                dotProd.SetWidth(rhs.GetWidth() * 0.75);
            }
            dotProd.MoveTo(rLabel);
            dotProds.Add(dotProd);
        }
        dotProds.MoveTo(rhs);
        var dotProdRhs = new VGroup(new VGroup(rhs.GetBrackets().Members.Select(b => (VMobject)b.Copy())), dotProds);
        Play(LaggedStart([
            FadeOut(upProj, scale: 1.1),
            FadeIn(rowMatrix, scale: 1.1),
            FadeOut(upEmb, scale: 1.1),
            FadeIn(eCol, scale: 1.1),
            FadeOut(rhs, scale: 1.1),
            FadeIn(dotProdRhs[0], scale: 1.1),
        ], lagRatio: 0.1));
        Wait();
        for (int n = 0; n < rowLabels.Count; n++)
        {
            var rowLabel = rowLabels[n];
            var dotProd = dotProds[n];
            var rLabel = rowLabel[0];
            var anims = new List<Animation>();
            if (dotProd.Submobjects.Count >= 3)
            {
                anims.Add(TransformFromCopy(rLabel, dotProd[0]));
                anims.Add(TransformFromCopy(rLabel, dotProd[1]));
                anims.Add(TransformFromCopy(n == rowLabels.Count - 2 ? rLabel : eLabel, dotProd[2]));
            }
            else
            {
                anims.Add(TransformFromCopy(rLabel, dotProd));
            }
            anims.Add(VShowPassingFlash(new Line(rowLabel.GetLeft(), rowLabel.GetRight()).SetStroke(Yellow, 5).InsertNCurves(100), timeWidth: 1.5));
            anims.Add(VShowPassingFlash(new Line(eCol.GetTop(), eCol.GetBottom()).SetStroke(Yellow, 5).InsertNCurves(100), timeWidth: 1.5));
            Play(anims, runTime: 1);
        }
        Wait();

        // First name Michael direction
        var rowRect = new SurroundingRectangle(rowLabels[0]);
        rowRect.SetStroke(GreyBrown, 2);
        rowRect.SetFill(GreyBrown, 0.25);
        var rowEq = new Tex("=").Rotate(Pi / 2);
        rowEq.NextTo(rowRect, Up, SmallBuff);
        var firstNameLabel = new Tex(@"\overrightarrow{\text{First Name Michael}}");
        firstNameLabel.SetStroke(White, 1);
        firstNameLabel.MatchWidth(rowRect);
        firstNameLabel.NextTo(rowEq, Up);
        var dotProd0 = dotProds[0];
        var dpRect = new SurroundingRectangle(dotProd0, buff: 0.2);
        dpRect.SetStroke(Red);
        var dpEq = new Tex("=");
        dpEq.NextTo(dpRect, Right, SmallBuff);
        var mdeRhs0 = new Tex(@"\approx 1 \quad \text{If } \vec{\textbf{E}} \text{ encodes ``First Name Michael''}");
        var mdeRhs = new VGroup(mdeRhs0, new Tex(@"\le 0 \quad \text{If not}"));
        mdeRhs0[@"\vec{\textbf{E}}"].SetColor(Yellow);
        mdeRhs.Scale(0.75);
        mdeRhs.Arrange(Down, buff: 0.5, alignedEdge: Left);
        var rhsBrace = new Brace(mdeRhs, Left);
        rhsBrace.NextTo(dpEq, Right, SmallBuff);
        mdeRhs.NextTo(rhsBrace, Right, MedSmallBuff);
        Play(
            FadeIn(rowRect, scale: 2),
            FadeTransform(rowLabels[0].Copy(), firstNameLabel),
            GrowFromCenter(rowEq),
            frame.Animate().Reorient(0, 0, 0, V(0.22, 0.54, 0.0), 9.27)
        );
        Wait();
        Play(TransformFromCopy(rowRect.Copy().SetFill(opacity: 0), dpRect));
        Play(Write(dpEq), GrowFromCenter(rhsBrace), FadeIn(mdeRhs));
        Wait();

        // "First name Michael" + "Last name Jordan"
        string fnTex = @"\overrightarrow{\text{F.N. Michael}}";
        string lnTex = @"\overrightarrow{\text{L.N. Jordan}}";
        var nameSumLabel = new Tex($"{fnTex} + {lnTex}");
        nameSumLabel.MatchWidth(rowRect).Scale(1.2);
        nameSumLabel.NextTo(rowEq, Up);
        // The seed slices at glyph 21, where "+" starts; the index is found from the selection here.
        int plusIndex = nameSumLabel.GetGlyphRanges("+")[0].Start;
        var nameFn = nameSumLabel[..plusIndex];
        var namePlusLn = nameSumLabel[plusIndex..];
        Play(
            FadeTransform(firstNameLabel, nameFn),
            FadeIn(namePlusLn, shift: Right, scale: 2),
            FadeOut(mdeRhs),
            FadeOut(rhsBrace)
        );
        Wait();
        var dist0 = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}");
        var dist1 = new Tex("=");
        var dist2 = new Tex(@"\vec{\textbf{M}} \cdot \vec{\textbf{E}} + \vec{\textbf{J}} \cdot \vec{\textbf{E}}");
        var distRhs = new VGroup(dist0, dist1, dist2);
        distRhs.Scale(0.75);
        distRhs.Arrange(Right, buff: 0.2);
        distRhs.NextTo(dpEq, Right);
        foreach (var part in new[] { dist0, dist2 })
        {
            part[@"\vec{\textbf{M}}"].SetColor(RedB);
            part[@"\vec{\textbf{J}}"].SetColor(Red);
            part[@"\vec{\textbf{E}}"].SetColor(Yellow);
        }
        var underBrace = new Brace(dist2);
        var twoCondition = new TexText(@"$\approx 2$ \; if $\vec{\textbf{E}}$ encodes ``Michael Jordan''");
        twoCondition[@"\vec{\textbf{E}}"].SetColor(Yellow);
        var elseCondition = new TexText(@"$\le 1$ \; Otherwise");
        new VGroup(twoCondition, elseCondition).Scale(0.75);
        twoCondition.NextTo(underBrace, Down, alignedEdge: Left);
        elseCondition.NextTo(twoCondition, Down, MedLargeBuff, alignedEdge: Left);
        Play(LaggedStart([
            FadeTransformPieces(nameFn.Copy(), dist0[@"\vec{\textbf{M}}"]),
            FadeTransformPieces(nameSumLabel[plusIndex].Copy(), dist0["+"]),
            FadeTransformPieces(nameSumLabel[(plusIndex + 1)..].Copy(), dist0[@"\vec{\textbf{J}}"]),
            FadeTransformPieces(dotProd0[1..].Copy(), new VGroup(dist0[@"\cdot"], dist0[@"\vec{\textbf{E}}"])),
            FadeIn(dist0["("]),
            FadeIn(dist0[")"]),
        ], lagRatio: 0.2));
        Wait();
        var dist0Copy = (Tex)dist0.Copy();
        Play(
            TransformMatchingStrings(dist0Copy, dist2, lagRatio: 0.01, pathArc: -45 * Degrees),
            Write(dist1)
        );
        // Matched pieces of the copy can stay behind; the copy has served its purpose.
        Remove(dist0Copy);
        Wait();
        Play(
            frame.Animate().SetY(0.5),
            GrowFromCenter(underBrace),
            FadeIn(twoCondition, Down)
        );
        Wait();
        Play(FadeIn(elseCondition, Down));
        Wait(2);

        // Go back to the numbers
        var rhsEntries = rhs.GetDecimalEntries();
        foreach (var entry in rhsEntries) entry.SetValue(Random.NextDouble() * 20 - 10);
        rhsEntries[0].SetValue(2.0);
        Play(
            LaggedStart(new Mobject[] { nameSumLabel, rowEq, rowRect, dpRect, dpEq, distRhs, underBrace, twoCondition, elseCondition }
                .Select(m => (Animation)FadeOut(m)), lagRatio: 0.1, runTime: 1),
            frame.Animate().Reorient(0, 0, 0, V(-0.06, -0.06, 0.0), 8.27)
        );
        Play(
            FadeOut(rowMatrix),
            FadeIn(upProj),
            FadeOut(eCol),
            FadeIn(upEmb),
            FadeOut(dotProdRhs),
            FadeIn(rhs)
        );

        // Show other rows
        var questions = new VGroup(new[]
        {
            "Blah",
            "Is it English?",
            "Part of source code?",
            "European country?",
            "In quotation marks?",
            "Something metallic?",
            "A four-legged animal?",
        }.Select(q => (VMobject)new Text(q)));
        questions.Scale(0.75);
        var rows = upProj.GetRows();
        var rhsEntryGroup = rhs.GetEntries();
        VMobject lastQuestion = new VGroup();
        VMobject lastRect = new VectorizedPoint(rows[1].GetTop());
        for (int i = 1; i < 7; i++)
        {
            foreach (VMobject mob in new VMobject[] { rows, rhsEntryGroup })
            {
                var target = mob.GenerateTarget();
                target.SetOpacity(0.25);
                target[i].SetOpacity(1);
            }
            var questionRect = new SurroundingRectangle(rows[i]);
            questionRect.SetStroke(Pink, 2);
            var question = questions[i];
            question.NextTo(rows[i], Up, buff: 0.15);
            question.SetBackstroke(Black, 3);
            var anims = new List<Animation> { MoveToTarget(rows), MoveToTarget(rhsEntryGroup), FadeIn(question),
                FadeTransform(lastRect, questionRect, timeSpan: (0, 0.75)) };
            if (lastQuestion.GetFamily().Any(m => m.HasPoints)) anims.Add(FadeOut(lastQuestion));
            Play(anims, runTime: 1.0);
            Wait(0.5);
            lastQuestion = question;
            lastRect = questionRect;
        }
        Play(
            rows.Animate().SetOpacity(1),
            rhs.Animate().SetOpacity(1),
            FadeOut(lastQuestion),
            FadeOut(lastRect)
        );
        Wait();
        // Add a bias
        var plus = new Tex("+");
        plus.NextTo(upEmb, Right);
        var bias = new WeightMatrix(shape: (9, 1), ellipsesCol: null, random: Random);
        bias.GetDecimalEntries()[0].SetValue(-1).SetColor(Red);
        bias.MatchHeight(upProj);
        bias.NextTo(plus);
        var biasName = new Text("Bias");
        biasName.NextTo(bias, Up);
        var eqTarget = eq.GenerateTarget();
        eqTarget.NextTo(bias, Right);
        var rhsTarget = vects[0].Copy();
        rhsTarget.Replace(rhs, dimToMatch: 1);
        rhsTarget.NextTo(eqTarget, Right);
        rhs.Target = rhsTarget;
        Play(
            Write(plus),
            FadeIn(bias, lagRatio: 0.1),
            MoveToTarget(eq),
            MoveToTarget(rhs)
        );
        Wait();
        Play(
            frame.Animate().Scale(1.1, aboutEdge: Down),
            Write(biasName)
        );
        Wait();

        // Emphasize the parameters are learned from data
        DataModifyingMatrix.Play(this, bias, wordShape: (5, 1), alphaMaxes: (0.4, 0.9), fixInFrame: true);
        bias.GetDecimalEntries()[0].SetValue(-1).SetColor(Red);

        // Pull up the MJ example again
        var feRect = new SurroundingRectangle(rhs.GetEntries()[0], buff: 0.1); // fe = First entry
        feRect.SetStroke(Red, 3);
        var feEq = new Tex("=");
        feEq.NextTo(feRect, Right, SmallBuff);
        var feExpr = new VGroup(dist2.Copy(), new Tex("- 1"));
        feExpr[1].SetHeight(feExpr[0].GetHeight() * 0.8);
        feExpr.Arrange(Right);
        feExpr.NextTo(feEq, Right);
        var biasRect = new SurroundingRectangle(bias.GetEntries()[0]);
        Play(
            ShowCreation(feRect),
            FadeIn(feEq, Right),
            Write(feExpr)
        );
        Wait();
        Play(ShowCreation(biasRect));
        Wait();
        Play(biasRect.Animate().Surround(feExpr[1]));
        Wait();
        Play(biasRect.Animate().Surround(feExpr));
        Wait();

        // Show what it means, but now shifted
        var conditions0 = new TexText(@"$\approx 1$ \; if $\vec{\textbf{E}}$ encodes ``Michael Jordan''");
        var conditions = new VGroup(conditions0, new TexText(@"$\le 0$ \; Otherwise"));
        conditions0[@"\vec{\textbf{E}}"].SetColor(Yellow);
        conditions.Scale(0.75);
        conditions.Arrange(Down, buff: 0.5, alignedEdge: Left);
        underBrace = new Brace(feExpr, Down);
        conditions.NextTo(underBrace, Down, alignedEdge: Left);
        Play(
            FadeOut(biasRect),
            GrowFromCenter(underBrace),
            FadeIn(conditions[0], Down)
        );
        Wait();
        Play(FadeIn(conditions[1], 0.25f * Down));
        Wait(2);
        Play(
            frame.Animate().Reorient(0, 0, 0, V(-2.5, 0.44, 0.0), 9.33),
            LaggedStart(new VMobject[] { feRect, feEq, feExpr, underBrace, conditions[0], conditions[1] }.Select(m => (Animation)FadeOut(m)))
        );

        // Show the matrix size
        var rowRects = new VGroup(upProj.GetRows().Select(row => (VMobject)new SurroundingRectangle(row, buff: 0.1)));
        rowRects.SetStroke(White, 1);
        rowRects.SetFill(GreyC, 0.25);
        rowRects[^2].MatchWidth(rowRects, stretch: true);
        var overBrace = new Brace(rowRects[0], Up, buff: SmallBuff);
        const int dModel = 12288;
        var rowSize = new Integer(dModel);
        rowSize.NextTo(overBrace, Up);
        var sideBrace = new Brace(rowRects, Left);
        var numRows = new Integer(4 * dModel);
        numRows.NextTo(sideBrace, Left);
        var numRowsExpr = new Tex(@"4 \times 12{,}288");
        numRowsExpr.NextTo(sideBrace, Left);
        Play(
            FadeIn(rowRects, lagRatio: 0.5),
            GrowFromCenter(sideBrace),
            CountInFrom(numRows)
        );
        Wait();
        Play(FadeTransform(numRows, numRowsExpr));
        Wait();
        Play(
            FadeTransform(numRowsExpr["12{,}288"].Copy(), rowSize),
            TransformFromCopy(sideBrace, overBrace)
        );
        Wait();
        Play(FadeOut(rowRects, lagRatio: 0.1));

        // Calculate matrix size
        var fullProduct = new VGroup(
            numRowsExpr.Copy(),
            new Tex(@"\times"),
            rowSize.Copy(),
            new Tex("="),
            new Integer(4L * dModel * dModel)
        );
        fullProduct.Scale(1.5);
        fullProduct.Arrange(Right, buff: MedSmallBuff);
        fullProduct.NextTo(rowRects, Up, buff: 2.5);
        Play(LaggedStart([
            frame.Animate().Reorient(0, 0, 0, V(-3.88, 1.51, 0.0), 11.35),
            TransformFromCopy(numRowsExpr, fullProduct[0]),
            FadeIn(fullProduct[1], Up),
            TransformFromCopy(rowSize, fullProduct[2]),
        ], lagRatio: 0.25, runTime: 2));
        Play(TransformFromCopy(fullProduct[..3], fullProduct[3..]));
        Wait();
        Play(FlashAround(fullProduct[^1], runTime: 2, timeWidth: 1.5));

        // Count bias parameters
        var biasCount = new Tex(@"4 \times 12{,}288");
        biasCount.MatchHeight(fullProduct);
        biasCount.MatchY(fullProduct);
        biasCount.MatchX(bias);
        biasRect = new SurroundingRectangle(new VGroup(bias, biasName));
        biasRect.SetStroke(BlueB);
        var biasArrow = new Arrow(biasRect.GetTop(), biasCount.GetBottom());
        biasArrow.MatchColor(biasRect);
        biasCount.MatchColor(biasRect);
        var divEq = new Tex(@"{4 \times 12{,}288 \over 603{,}979{,}776} \approx 0.00008 ");
        divEq[@"{4 \times 12{,}288"].MatchColor(biasRect);
        divEq.NextTo(frame.GetCorner(UR), DL, buff: MedLargeBuff);
        divEq.Shift(Right);
        Play(ShowCreation(biasRect));
        Play(
            GrowArrow(biasArrow),
            FadeInFromPoint(biasCount, biasArrow.GetStart()),
            fullProduct.Animate().Scale(0.8).Shift(3.5f * Left)
        );
        Wait();
        Play(
            frame.Animate().SetX(-3.0),
            FadeTransform(biasCount.Copy(), divEq[@"4 \times 12{,}288"]),
            Write(divEq[@"\over"]),
            FadeTransform(fullProduct[^1].Copy(), divEq[@"603{,}979{,}776}"]),
            Write(divEq[@"\approx 0.00008"])
        );
        Wait();
        Play(
            frame.Animate().Reorient(0, 0, 0, V(-2.5, 0.44, 0.0), 9.33),
            FadeOut(fullProduct), FadeOut(biasRect), FadeOut(biasArrow), FadeOut(biasCount), FadeOut(divEq)
        );

        // Collapse
        string[] substrs = [@"W_\uparrow", @"\vec{\textbf{E}}_i", "+", @"\vec{\textbf{B}}_\uparrow"];
        var linearExpr = new Tex(string.Join(" ", substrs));
        var wUp = linearExpr[substrs[0]];
        var eI = linearExpr[substrs[1]];
        var plus2 = linearExpr[substrs[2]];
        var bUp = linearExpr[substrs[3]];
        new VGroup(wUp, bUp).SetColor(Blue);
        eI.SetColor(Yellow);
        linearExpr.MoveTo(plus).Shift(0.6f * Left);
        var lowEmbLabel = eI.Copy();
        lowEmbLabel.Scale(0.5).NextTo(emb, Up);
        Play([
            frame.Animate().Reorient(0, 0, 0, V(-0.03, 0.03, 0.0), 8.34),
            ReplacementTransform(upProj, wUp, lagRatio: 1e-3),
            FadeOut(sideBrace, Right, scale: 0.5),
            FadeOut(numRowsExpr, Right, scale: 0.5),
            FadeOut(overBrace, DR, scale: 0.5),
            FadeOut(rowSize, DR, scale: 0.5),
        ]);
        Wait();
        Play(ReplacementTransform(upEmb, eI, lagRatio: 1e-2));
        Play(TransformFromCopy(eI, lowEmbLabel));
        Wait();
        Play(
            ReplacementTransform(plus, plus2),
            ReplacementTransform(bias, bUp, lagRatio: 1e-2),
            FadeOut(biasName, DL),
            new VGroup(eq, rhs).Animate().NextTo(bUp, Right).Shift(0.1f * Down),
            runTime: 2
        );
        Wait();

        // Add parameters below first linear arrow
        Play(
            linearExpr.Animate().Scale(0.5).NextTo(arrows[0], Down, buff: 0.1),
            ReplacementTransform(rhs, vects[0]),
            FadeOut(eq, 4 * Down + Left),
            runTime: 2
        );
        Wait();
        // @@NEXT
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
