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

    /// <summary>Width of GPT-3's embeddings, the row length of the up-projection.</summary>
    private const int DModel = 12288;

    // Mobjects that one beat sets up and later beats animate; each is assigned by the beat that first shows it.
    // The block, the highlighted embedding and the Linear → ReLU → Linear diagram with its sum circuit, used throughout.
    private EmbeddingArray embeddingArray = null!;
    private VCube block = null!;
    private Text blockTitle = null!;
    private NumericEmbedding embedding = null!;
    private SurroundingRectangle highlightRect = null!;
    private NumericEmbedding upEmbedding = null!;
    private VGroup fullBlock = null!;
    private VGroup<NumericEmbedding> stepVectors = null!;
    private VGroup<Arrow> stepArrows = null!;
    private VGroup stepLabels = null!;
    private VGroup phases = null!;
    private VGroup simplePhases = null!;
    private VGroup sumCircuit = null!;
    private NumericEmbedding outputEmbedding = null!;
    private VGroup simplePhaseCopies = null!;

    // The Michael Jordan example.
    private TexText exampleFact = null!;
    private TexText mjLabel = null!;
    private VGroup mjLines = null!;
    private TexText basketballLabel = null!;

    // The up-projection, its product with the embedding and the row-by-row reading.
    private WeightMatrix upProj = null!;
    private Tex upEq = null!;
    private NumericEmbedding upRhs = null!;
    private VGroup rowLabels = null!;
    private VGroup rowMatrix = null!;
    private VGroup embeddingColumn = null!;
    private VGroup dotProds = null!;
    private VGroup dotProdRhs = null!;
    private SurroundingRectangle rowRect = null!;
    private Tex rowEq = null!;
    private Tex firstNameLabel = null!;
    private SurroundingRectangle dotProductRect = null!;
    private Tex dotProductEq = null!;
    private VGroup michaelConditions = null!;
    private Brace rhsBrace = null!;
    private Tex nameSumLabel = null!;
    private VGroup distribution = null!;
    private Tex distributedProduct = null!;
    private Brace distUnderBrace = null!;
    private TexText twoCondition = null!;
    private TexText elseCondition = null!;

    // The up-projection's bias, the shifted meaning of the first entry and the parameter count.
    private Tex upPlus = null!;
    private WeightMatrix upBias = null!;
    private Text upBiasName = null!;
    private SurroundingRectangle firstEntryRect = null!;
    private Tex firstEntryEq = null!;
    private VGroup firstEntryExpr = null!;
    private SurroundingRectangle upBiasRect = null!;
    private VGroup shiftedConditions = null!;
    private VGroup rowRects = null!;
    private Brace rowSizeBrace = null!;
    private Integer rowSize = null!;
    private Brace rowCountBrace = null!;
    private Tex numRowsExpr = null!;
    private VGroup fullProduct = null!;
    private Tex linearExpr = null!;
    private VGroup<VGroup> lowEmbLabel = null!;

    // The enlarged ReLU step, its graphs and the neurons.
    private VGroup reluStepCopy = null!;
    private VMobject reluArrow = null!;
    private VGroup posArrows = null!;
    private VGroup posLeftRects = null!;
    private VGroup posRightRects = null!;
    private Text reluTitleFull = null!;
    private Axes reluAxes = null!;
    private FunctionGraph reluGraph = null!;
    private VGroup reluPlot = null!;
    private Text reluGraphLabel = null!;
    private FunctionGraph geluGraph = null!;
    private Text geluGraphLabel = null!;
    private Text neuronWord = null!;
    private VGroup hiddenEntries = null!;
    private VGroup neuronArrows = null!;
    private SurroundingRectangle entryRect = null!;
    private TexText activeWords = null!;

    // The down-projection and its column-by-column reading.
    private NumericEmbedding neurons = null!;
    private WeightMatrix downProj = null!;
    private Tex downPlus = null!;
    private WeightMatrix downBias = null!;
    private Tex downEquals = null!;
    private NumericEmbedding downRhs = null!;
    private Brace downProjBrace = null!;
    private TexText downProjName = null!;
    private Brace dimCountBrace = null!;
    private Integer dimCount = null!;
    private VGroup colMatrix = null!;
    private VGroup biasAsCol = null!;
    private VGroup neuronLabels = null!;
    private VGroup neuronVect = null!;
    private Brace columnSumBrace = null!;
    private VGroup colLabels = null!;
    private VGroup scaledCols = null!;
    private VGroup plusses = null!;
    private VGroup allRectGroups = null!;
    private Text basketballWord = null!;

    /// <inheritdoc/>
    protected override void Construct()
    {
        IntroduceTheMlp();
        HighlightOneVector();
        ReorientTheBlock();
        PreviewTheSequenceOfOperations();
        ShowTheSum();
        ShowAllInParallel();
        ShowMichaelJordanExample();

        MultiplyByTheUpProjection();
        ShowTheMatrixAsAMachine();
        EmphasizeDotProductWithRows();
        ShowFirstNameMichaelDirection();
        AddLastNameJordan();
        GoBackToTheNumbers();
        ShowOtherRows();

        AddABias();
        EmphasizeTheParametersAreLearned();
        PullUpTheMjExampleAgain();
        ShowWhatItMeansNowShifted();
        ShowTheMatrixSize();
        CalculateTheMatrixSize();
        CountBiasParameters();
        CollapseTheUpProjection();
        AddParametersBelowFirstLinearArrow();

        PullUpRelu();
        BreakDownRelu();
        GraphRelu();
        RecallTheMeaningOfTheFirstEntry();
        GraphGelu();
        DescribeTheseAsNeurons();
        ShowTheClassicDotsPicture();
        DiscussActiveAndInactive();
        ReplaceTheReluDiagramPortion();

        ShowTheDownProjection();
        NameItAsTheDownProjection();
        ShowColumnByColumn();
        ExpandTheColumnInterpretation();
        HighlightEachColumnAndNeuron();
        ShowFirstColumnAsBasketball();
        CycleThroughColumnsOneMoreTime();
        HighlightTheDownProjectionBias();
        CollapseTheDownProjection();

        AddItToTheOriginal();
        EmphasizeTheMjExampleOnceMore();
        ShowItDoneInParallelToAllEmbeddings();
        ShowNeurons();
    }

    /// <summary>A sequence of embeddings fades in before an MLP block, in 3D.</summary>
    private void IntroduceTheMlp()
    {
        SetFloorPlane("xz");
        Camera.LightSource.SetZ(15);

        embeddingArray = new EmbeddingArray(shape: (6, 9), random: Random);
        embeddingArray.SetWidth(10);
        block = new VCube(fillColor: GreyD, fillOpacity: 0.5);
        // Painter's order from back to front stands in for depth testing: the front face is drawn last.
        block.DeactivateDepthTest();
        block.Sort(p => p.Z);
        block[^1].SetFill(opacity: 0);
        block.SetStroke(GreyB, 2, 0.25, behind: false);
        block.SetShading(0.25, 0.25, 0.5);
        block.SetShape(11, 4, 4);
        block.MoveTo(0.5f * In, In);
        blockTitle = new Text("MLP", fontSize: 90);
        blockTitle.NextTo(block, Up);
        Frame.Reorient(-21, -12, 0, V(0.34, -0.94, -0.18), 9.79);
        Frame.SetFieldOfView(30 * Degrees);
        Add(block, blockTitle);
        Play(FadeIn(embeddingArray, shift: 2 * Out));
        Wait();
    }

    /// <summary>One embedding is outlined and the rest of the sequence dims.</summary>
    private void HighlightOneVector()
    {
        int index = 3;
        embedding = embeddingArray.Embeddings[index];
        highlightRect = new SurroundingRectangle(embedding);
        var arrayTarget = embeddingArray.GenerateTarget();
        arrayTarget.SetStroke(width: 0);
        arrayTarget.SetOpacity(0.5);
        ((VMobject)arrayTarget[0][index]).SetBackstroke(Black, 2);
        arrayTarget[0][index].SetOpacity(1);
        Play(MoveToTarget(embeddingArray), ShowCreation(highlightRect));
        Wait();
    }

    /// <summary>The block turns side-on and shrinks to the bottom of the frame.</summary>
    private void ReorientTheBlock()
    {
        double rotAboutUp = 89 * Degrees;
        double rotAboutLeft = 1 * Degrees;
        upEmbedding = embedding.Copy(); // For use down below
        fullBlock = new VGroup(block, embeddingArray, highlightRect, blockTitle);
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
            Frame.Animate().Reorient(-3, -2, 0, V(-0.0, -2.0, 0.01), 6.48),
            MoveToTarget(fullBlock),
            runTime: 2
        );
    }

    /// <summary>Arrows labelled Linear, ReLU, Linear carry the vector through two new vectors to a third.</summary>
    private void PreviewTheSequenceOfOperations()
    {
        var values = Enumerable.Range(0, 9).Select(_ => Random.NextDouble() * 20 - 10).ToArray();
        values[0] = 1.0;
        stepVectors = new VGroup<NumericEmbedding>(
            new NumericEmbedding(values: values, darkColor: GreyB),
            new NumericEmbedding(values: values.Select(v => Math.Max(v, 0)).ToArray(), darkColor: GreyB),
            new NumericEmbedding(length: 6, random: Random)
        );
        stepVectors.SetWidth(embedding.GetDepth());
        stepVectors.Arrange(Right, buff: 2.0);
        stepVectors.NextTo(embedding, Right, buff: 2.0);
        var arrowStarts = new List<Mobject> { embedding, stepVectors[0], stepVectors[1] };
        stepArrows = new VGroup<Arrow>(arrowStarts.Zip(stepVectors.Members).Select(p => new Arrow(p.First, p.Second)));
        stepLabels = new VGroup(new Text("Linear"), new Text("ReLU"), new Text("Linear"));
        stepLabels.Scale(0.5);
        phases = new VGroup();
        simplePhases = new VGroup();
        for (int i = 0; i < 3; i++)
        {
            stepLabels[i].NextTo(stepArrows[i], Up);
            phases.Add(new VGroup(stepArrows[i], stepLabels[i], stepVectors[i]));
            simplePhases.Add(new VGroup(stepArrows[i], stepVectors[i]));
        }
        Play(
            LaggedStartMap(v => FadeIn(v, shift: Right), stepVectors.Members, lagRatio: 0.8),
            LaggedStartMap(a => ShowCreation(a), stepArrows.Members, lagRatio: 0.8),
            LaggedStartMap(l => FadeIn(l), stepLabels, lagRatio: 0.8)
        );
        Wait();
    }

    /// <summary>A circuit adds the last vector back to the original embedding.</summary>
    private void ShowTheSum()
    {
        (sumCircuit, outputEmbedding) = GetSumCircuit(embedding, stepVectors[^1]);
        Play(
            Frame.Animate().Reorient(15, -4, 0, V(0.82, -1.91, 0.04), 7.18),
            ShowCreation(sumCircuit, lagRatio: 0.1),
            runTime: 2
        );
        Play(
            TransformFromCopy(embedding, outputEmbedding, pathArc: -30 * Degrees),
            TransformFromCopy(stepVectors[2], outputEmbedding, pathArc: -30 * Degrees),
            runTime: 2
        );
        Wait();
    }

    /// <summary>The same steps run, as dots, beside every embedding of the sequence.</summary>
    private void ShowAllInParallel()
    {
        simplePhases.AddToBack(highlightRect);
        simplePhases.Add(new VGroup(sumCircuit, outputEmbedding));
        simplePhaseCopies = new VGroup(embeddingArray.Embeddings.Members.Select(e => simplePhases.Copy().MatchZ(e)));
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
            Frame.Animate().Reorient(0, -48, 0, V(0.55, -2.21, 0.18), 7.05),
            LaggedStart(simplePhaseCopies.Select(sp => (Animation)TransformFromCopy(simplePhases, sp)), lagRatio: 0.1),
            FadeOut(blockTitle, timeSpan: (0, 1)),
            runTime: 3
        );
        Play(Frame.Animate().Reorient(9, -15, 0, V(0.55, -2.21, 0.18), 7.05), runTime: 4);
        Play(Frame.Animate().Reorient(-24, -16, 0, V(0.18, -2.13, 0.09), 7.63), runTime: 12);
        blockTitle.NextTo(block, Up);
        Play(
            Frame.Animate().ToDefaultState(),
            LaggedStartMap(m => FadeOut(m), simplePhaseCopies, lagRatio: 0.1),
            FadeIn(blockTitle),
            runTime: 2
        );
        Wait();
    }

    /// <summary>The fact "Michael Jordan plays Basketball": the name flows in and Basketball comes out.</summary>
    private void ShowMichaelJordanExample()
    {
        exampleFact = new TexText("``Michael Jordan plays Basketball''", fontSize: 60);
        exampleFact.ToEdge(Up);
        mjLabel = new TexText("Michael Jordan", fontSize: 36);
        mjLabel.NextTo(embedding, UL);
        mjLines = new VGroup(mjLabel.Submobjects.Select(ch => (VMobject)new Line(ch.GetBottom(), embedding.GetTop(), buff: 0.1, pathArc: 10 * Degrees)));
        mjLines.SetStroke(Yellow, 1, 0.5);
        basketballLabel = new TexText("Basketball", fontSize: 24);
        basketballLabel.NextTo(stepVectors[2], Up, buff: 0.2);
        Play(Write(exampleFact));
        Wait();
        // Glyph slices rather than exampleFact["Michael Jordan"]: TeX sets `` and '' as one glyph each, which substring
        // selection counts as two, so the selection would be one glyph off.
        var exampleMj = exampleFact[1..14];
        var exampleBasketball = exampleFact[19..29];
        Play(FadeTransform(exampleMj.Copy(), mjLabel));
        Play(Write(mjLines, strokeWidth: 2, strokeColor: YellowB, lagRatio: 1e-2));
        Wait();
        MoveACopyThroughTheSteps(stepVectors.Members);
        Wait();
        Play(FadeTransform(exampleBasketball.Copy(), basketballLabel));
        Wait(2);
    }

    /// <summary>The embedding is multiplied by the up-projection matrix, whose entries are learned from data.</summary>
    private void MultiplyByTheUpProjection()
    {
        upProj = new WeightMatrix(shape: (9, 6), random: Random);
        upProj.SetHeight(3);
        upProj.ToCorner(UL);
        upEmbedding.SetHeight(2);
        upEmbedding.NextTo(upProj, Right);
        upEmbedding[^2..].SetFill(Yellow); // Brackets
        Play([
            phases[1..].Animate().SetOpacity(0.1),
            sumCircuit.Animate().SetStroke(opacity: 0.1),
            outputEmbedding.Animate().SetOpacity(0.1),
            FadeOut(mjLabel),
            FadeOut(mjLines),
            FadeOut(basketballLabel),
            FadeOut(exampleFact),
        ]);
        Wait();
        Play(TransformFromCopy(embedding, upEmbedding));
        Play(FadeIn(upProj, lagRatio: 0.01));
        (upEq, upRhs) = ShowMatrixVectorProduct.Play(this, upProj, upEmbedding);
        Wait();
        DataModifyingMatrix.Play(this, upProj, wordShape: (4, 7), fixInFrame: true);
        Wait();
    }

    /// <summary>The matrix as a machine of dials turned at random.</summary>
    private void ShowTheMatrixAsAMachine()
    {
        var machine = new MachineWithDials(Random, width: upProj.GetWidth() + SmallBuff, height: upProj.GetHeight() + SmallBuff, nRows: 8, nCols: 9);
        machine.MoveTo(upProj);
        Play(FadeIn(machine));
        Play(machine.RandomChangeAnimation());
        Wait();
        Play(FadeOut(machine));
    }

    /// <summary>The product read row by row, each entry a dot product of a row with the embedding.</summary>
    private void EmphasizeDotProductWithRows()
    {
        int nRowsShown = 5;
        (var rLabels, rowLabels) = GetRowLabels(upProj, nRowsShown, "n");
        rowMatrix = new VGroup(new VGroup(upProj.GetBrackets().Members.Select(b => (VMobject)b.Copy())), rowLabels);
        var eLabel = new Tex(@"\vec{\textbf{E}}");
        eLabel.MatchHeight(rLabels[0]);
        eLabel.SetColor(Yellow);
        eLabel.MoveTo(upEmbedding);
        embeddingColumn = new VGroup(
            upEmbedding[^2..].Copy(),
            new Line(upEmbedding.GetTop(), eLabel, buff: 0.1).SetStroke(GreyA, 2),
            eLabel,
            new Line(eLabel, upEmbedding.GetBottom(), buff: 0.1).SetStroke(GreyA, 2)
        );
        dotProds = new VGroup();
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
                dotProd.SetWidth(upRhs.GetWidth() * 0.75);
            }
            dotProd.MoveTo(rLabel);
            dotProds.Add(dotProd);
        }
        dotProds.MoveTo(upRhs);
        dotProdRhs = new VGroup(new VGroup(upRhs.GetBrackets().Members.Select(b => (VMobject)b.Copy())), dotProds);
        Play(LaggedStart([
            FadeOut(upProj, scale: 1.1),
            FadeIn(rowMatrix, scale: 1.1),
            FadeOut(upEmbedding, scale: 1.1),
            FadeIn(embeddingColumn, scale: 1.1),
            FadeOut(upRhs, scale: 1.1),
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
            anims.Add(VShowPassingFlash(new Line(embeddingColumn.GetTop(), embeddingColumn.GetBottom()).SetStroke(Yellow, 5).InsertNCurves(100), timeWidth: 1.5));
            Play(anims, runTime: 1);
        }
        Wait();
    }

    /// <summary>The first row as the "First Name Michael" direction: its dot product is about 1 when E encodes it.</summary>
    private void ShowFirstNameMichaelDirection()
    {
        rowRect = new SurroundingRectangle(rowLabels[0]);
        rowRect.SetStroke(GreyBrown, 2);
        rowRect.SetFill(GreyBrown, 0.25);
        rowEq = new Tex("=").Rotate(Pi / 2);
        rowEq.NextTo(rowRect, Up, SmallBuff);
        firstNameLabel = new Tex(@"\overrightarrow{\text{First Name Michael}}");
        firstNameLabel.SetStroke(White, 1);
        firstNameLabel.MatchWidth(rowRect);
        firstNameLabel.NextTo(rowEq, Up);
        var dotProd0 = dotProds[0];
        dotProductRect = new SurroundingRectangle(dotProd0, buff: 0.2);
        dotProductRect.SetStroke(Red);
        dotProductEq = new Tex("=");
        dotProductEq.NextTo(dotProductRect, Right, SmallBuff);
        var mdeRhs0 = new Tex(@"\approx 1 \quad \text{If } \vec{\textbf{E}} \text{ encodes ``First Name Michael''}");
        michaelConditions = new VGroup(mdeRhs0, new Tex(@"\le 0 \quad \text{If not}"));
        mdeRhs0[@"\vec{\textbf{E}}"].SetColor(Yellow);
        michaelConditions.Scale(0.75);
        michaelConditions.Arrange(Down, buff: 0.5, alignedEdge: Left);
        rhsBrace = new Brace(michaelConditions, Left);
        rhsBrace.NextTo(dotProductEq, Right, SmallBuff);
        michaelConditions.NextTo(rhsBrace, Right, MedSmallBuff);
        Play(
            FadeIn(rowRect, scale: 2),
            FadeTransform(rowLabels[0].Copy(), firstNameLabel),
            GrowFromCenter(rowEq),
            Frame.Animate().Reorient(0, 0, 0, V(0.22, 0.54, 0.0), 9.27)
        );
        Wait();
        Play(TransformFromCopy(rowRect.Copy().SetFill(opacity: 0), dotProductRect));
        Play(Write(dotProductEq), GrowFromCenter(rhsBrace), FadeIn(michaelConditions));
        Wait();
    }

    /// <summary>The row as "F.N. Michael" + "L.N. Jordan": the dot product distributes and reaches about 2 for Michael Jordan.</summary>
    private void AddLastNameJordan()
    {
        string fnTex = @"\overrightarrow{\text{F.N. Michael}}";
        string lnTex = @"\overrightarrow{\text{L.N. Jordan}}";
        nameSumLabel = new Tex($"{fnTex} + {lnTex}");
        nameSumLabel.MatchWidth(rowRect).Scale(1.2);
        nameSumLabel.NextTo(rowEq, Up);
        // The seed slices at glyph 21, where "+" starts; the index is found from the selection here.
        int plusIndex = nameSumLabel.GetGlyphRanges("+")[0].Start;
        var nameFn = nameSumLabel[..plusIndex];
        var namePlusLn = nameSumLabel[plusIndex..];
        Play(
            FadeTransform(firstNameLabel, nameFn),
            FadeIn(namePlusLn, shift: Right, scale: 2),
            FadeOut(michaelConditions),
            FadeOut(rhsBrace)
        );
        Wait();
        var dist0 = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}");
        var dist1 = new Tex("=");
        distributedProduct = new Tex(@"\vec{\textbf{M}} \cdot \vec{\textbf{E}} + \vec{\textbf{J}} \cdot \vec{\textbf{E}}");
        distribution = new VGroup(dist0, dist1, distributedProduct);
        distribution.Scale(0.75);
        distribution.Arrange(Right, buff: 0.2);
        distribution.NextTo(dotProductEq, Right);
        foreach (var part in new[] { dist0, distributedProduct })
        {
            part[@"\vec{\textbf{M}}"].SetColor(RedB);
            part[@"\vec{\textbf{J}}"].SetColor(Red);
            part[@"\vec{\textbf{E}}"].SetColor(Yellow);
        }
        distUnderBrace = new Brace(distributedProduct);
        twoCondition = new TexText(@"$\approx 2$ \; if $\vec{\textbf{E}}$ encodes ``Michael Jordan''");
        twoCondition[@"\vec{\textbf{E}}"].SetColor(Yellow);
        elseCondition = new TexText(@"$\le 1$ \; Otherwise");
        new VGroup(twoCondition, elseCondition).Scale(0.75);
        twoCondition.NextTo(distUnderBrace, Down, alignedEdge: Left);
        elseCondition.NextTo(twoCondition, Down, MedLargeBuff, alignedEdge: Left);
        Play(LaggedStart([
            FadeTransformPieces(nameFn.Copy(), dist0[@"\vec{\textbf{M}}"]),
            FadeTransformPieces(nameSumLabel[plusIndex].Copy(), dist0["+"]),
            FadeTransformPieces(nameSumLabel[(plusIndex + 1)..].Copy(), dist0[@"\vec{\textbf{J}}"]),
            FadeTransformPieces(dotProds[0][1..].Copy(), new VGroup(dist0[@"\cdot"], dist0[@"\vec{\textbf{E}}"])),
            FadeIn(dist0["("]),
            FadeIn(dist0[")"]),
        ], lagRatio: 0.2));
        Wait();
        var dist0Copy = (Tex)dist0.Copy();
        Play(
            TransformMatchingStrings(dist0Copy, distributedProduct, lagRatio: 0.01, pathArc: -45 * Degrees),
            Write(dist1)
        );
        // Matched pieces of the copy can stay behind; the copy has served its purpose.
        Remove(dist0Copy);
        Wait();
        Play(
            Frame.Animate().SetY(0.5),
            GrowFromCenter(distUnderBrace),
            FadeIn(twoCondition, Down)
        );
        Wait();
        Play(FadeIn(elseCondition, Down));
        Wait(2);
    }

    /// <summary>The labels fade and the numeric product returns.</summary>
    private void GoBackToTheNumbers()
    {
        var rhsEntries = upRhs.GetDecimalEntries();
        foreach (var entry in rhsEntries) entry.SetValue(Random.NextDouble() * 20 - 10);
        rhsEntries[0].SetValue(2.0);
        Play(
            LaggedStart(new Mobject[] { nameSumLabel, rowEq, rowRect, dotProductRect, dotProductEq, distribution, distUnderBrace, twoCondition, elseCondition }
                .Select(m => (Animation)FadeOut(m)), lagRatio: 0.1, runTime: 1),
            Frame.Animate().Reorient(0, 0, 0, V(-0.06, -0.06, 0.0), 8.27)
        );
        Play(
            FadeOut(rowMatrix),
            FadeIn(upProj),
            FadeOut(embeddingColumn),
            FadeIn(upEmbedding),
            FadeOut(dotProdRhs),
            FadeIn(upRhs)
        );
    }

    /// <summary>Each further row asks its own question of the embedding.</summary>
    private void ShowOtherRows()
    {
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
        var rhsEntryGroup = upRhs.GetEntries();
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
            upRhs.Animate().SetOpacity(1),
            FadeOut(lastQuestion),
            FadeOut(lastRect)
        );
        Wait();
    }

    /// <summary>A bias vector joins the product.</summary>
    private void AddABias()
    {
        upPlus = new Tex("+");
        upPlus.NextTo(upEmbedding, Right);
        upBias = new WeightMatrix(shape: (9, 1), ellipsesCol: null, random: Random);
        upBias.GetDecimalEntries()[0].SetValue(-1).SetColor(Red);
        upBias.MatchHeight(upProj);
        upBias.NextTo(upPlus);
        upBiasName = new Text("Bias");
        upBiasName.NextTo(upBias, Up);
        var eqTarget = upEq.GenerateTarget();
        eqTarget.NextTo(upBias, Right);
        var rhsTarget = stepVectors[0].Copy();
        rhsTarget.Replace(upRhs, dimToMatch: 1);
        rhsTarget.NextTo(eqTarget, Right);
        upRhs.Target = rhsTarget;
        Play(
            Write(upPlus),
            FadeIn(upBias, lagRatio: 0.1),
            MoveToTarget(upEq),
            MoveToTarget(upRhs)
        );
        Wait();
        Play(
            Frame.Animate().Scale(1.1, aboutEdge: Down),
            Write(upBiasName)
        );
        Wait();
    }

    /// <summary>Data flows through the bias, whose entries are learned too.</summary>
    private void EmphasizeTheParametersAreLearned()
    {
        DataModifyingMatrix.Play(this, upBias, wordShape: (5, 1), alphaMaxes: (0.4, 0.9), fixInFrame: true);
        upBias.GetDecimalEntries()[0].SetValue(-1).SetColor(Red);
    }

    /// <summary>The first entry becomes the Michael Jordan dot product minus the bias of 1.</summary>
    private void PullUpTheMjExampleAgain()
    {
        firstEntryRect = new SurroundingRectangle(upRhs.GetEntries()[0], buff: 0.1);
        firstEntryRect.SetStroke(Red, 3);
        firstEntryEq = new Tex("=");
        firstEntryEq.NextTo(firstEntryRect, Right, SmallBuff);
        firstEntryExpr = new VGroup(distributedProduct.Copy(), new Tex("- 1"));
        firstEntryExpr[1].SetHeight(firstEntryExpr[0].GetHeight() * 0.8);
        firstEntryExpr.Arrange(Right);
        firstEntryExpr.NextTo(firstEntryEq, Right);
        upBiasRect = new SurroundingRectangle(upBias.GetEntries()[0]);
        Play(
            ShowCreation(firstEntryRect),
            FadeIn(firstEntryEq, Right),
            Write(firstEntryExpr)
        );
        Wait();
        Play(ShowCreation(upBiasRect));
        Wait();
        Play(upBiasRect.Animate().Surround(firstEntryExpr[1]));
        Wait();
        Play(upBiasRect.Animate().Surround(firstEntryExpr));
        Wait();
    }

    /// <summary>With the bias, the first entry is about 1 for Michael Jordan and at most 0 otherwise.</summary>
    private void ShowWhatItMeansNowShifted()
    {
        var conditions0 = new TexText(@"$\approx 1$ \; if $\vec{\textbf{E}}$ encodes ``Michael Jordan''");
        shiftedConditions = new VGroup(conditions0, new TexText(@"$\le 0$ \; Otherwise"));
        conditions0[@"\vec{\textbf{E}}"].SetColor(Yellow);
        shiftedConditions.Scale(0.75);
        shiftedConditions.Arrange(Down, buff: 0.5, alignedEdge: Left);
        var underBrace = new Brace(firstEntryExpr, Down);
        shiftedConditions.NextTo(underBrace, Down, alignedEdge: Left);
        Play(
            FadeOut(upBiasRect),
            GrowFromCenter(underBrace),
            FadeIn(shiftedConditions[0], Down)
        );
        Wait();
        Play(FadeIn(shiftedConditions[1], 0.25f * Down));
        Wait(2);
        Play(
            Frame.Animate().Reorient(0, 0, 0, V(-2.5, 0.44, 0.0), 9.33),
            LaggedStart(new VMobject[] { firstEntryRect, firstEntryEq, firstEntryExpr, underBrace, shiftedConditions[0], shiftedConditions[1] }.Select(m => (Animation)FadeOut(m)))
        );
    }

    /// <summary>Braces count the rows (4 × 12,288) and the columns (12,288).</summary>
    private void ShowTheMatrixSize()
    {
        rowRects = new VGroup(upProj.GetRows().Select(row => (VMobject)new SurroundingRectangle(row, buff: 0.1)));
        rowRects.SetStroke(White, 1);
        rowRects.SetFill(GreyC, 0.25);
        rowRects[^2].MatchWidth(rowRects, stretch: true);
        rowSizeBrace = new Brace(rowRects[0], Up, buff: SmallBuff);
        rowSize = new Integer(DModel);
        rowSize.NextTo(rowSizeBrace, Up);
        rowCountBrace = new Brace(rowRects, Left);
        var numRows = new Integer(4 * DModel);
        numRows.NextTo(rowCountBrace, Left);
        numRowsExpr = new Tex(@"4 \times 12{,}288");
        numRowsExpr.NextTo(rowCountBrace, Left);
        Play(
            FadeIn(rowRects, lagRatio: 0.5),
            GrowFromCenter(rowCountBrace),
            CountInFrom(numRows)
        );
        Wait();
        Play(FadeTransform(numRows, numRowsExpr));
        Wait();
        Play(
            FadeTransform(numRowsExpr["12{,}288"].Copy(), rowSize),
            TransformFromCopy(rowCountBrace, rowSizeBrace)
        );
        Wait();
        Play(FadeOut(rowRects, lagRatio: 0.1));
    }

    /// <summary>The row and column counts multiply to the matrix's parameter count.</summary>
    private void CalculateTheMatrixSize()
    {
        fullProduct = new VGroup(
            numRowsExpr.Copy(),
            new Tex(@"\times"),
            rowSize.Copy(),
            new Tex("="),
            new Integer(4L * DModel * DModel)
        );
        fullProduct.Scale(1.5);
        fullProduct.Arrange(Right, buff: MedSmallBuff);
        fullProduct.NextTo(rowRects, Up, buff: 2.5);
        Play(LaggedStart([
            Frame.Animate().Reorient(0, 0, 0, V(-3.88, 1.51, 0.0), 11.35),
            TransformFromCopy(numRowsExpr, fullProduct[0]),
            FadeIn(fullProduct[1], Up),
            TransformFromCopy(rowSize, fullProduct[2]),
        ], lagRatio: 0.25, runTime: 2));
        Play(TransformFromCopy(fullProduct[..3], fullProduct[3..]));
        Wait();
        Play(FlashAround(fullProduct[^1], runTime: 2, timeWidth: 1.5));
    }

    /// <summary>The bias holds 4 × 12,288 parameters, a tiny fraction of the matrix's.</summary>
    private void CountBiasParameters()
    {
        var biasCount = new Tex(@"4 \times 12{,}288");
        biasCount.MatchHeight(fullProduct);
        biasCount.MatchY(fullProduct);
        biasCount.MatchX(upBias);
        var biasRect = new SurroundingRectangle(new VGroup(upBias, upBiasName));
        biasRect.SetStroke(BlueB);
        var biasArrow = new Arrow(biasRect.GetTop(), biasCount.GetBottom());
        biasArrow.MatchColor(biasRect);
        biasCount.MatchColor(biasRect);
        var divEq = new Tex(@"{4 \times 12{,}288 \over 603{,}979{,}776} \approx 0.00008 ");
        divEq[@"{4 \times 12{,}288"].MatchColor(biasRect);
        divEq.NextTo(Frame.GetCorner(UR), DL, buff: MedLargeBuff);
        divEq.Shift(Right);
        Play(ShowCreation(biasRect));
        Play(
            GrowArrow(biasArrow),
            FadeInFromPoint(biasCount, biasArrow.GetStart()),
            fullProduct.Animate().Scale(0.8).Shift(3.5f * Left)
        );
        Wait();
        Play(
            Frame.Animate().SetX(-3.0),
            FadeTransform(biasCount.Copy(), divEq[@"4 \times 12{,}288"]),
            Write(divEq[@"\over"]),
            FadeTransform(fullProduct[^1].Copy(), divEq[@"603{,}979{,}776}"]),
            Write(divEq[@"\approx 0.00008"])
        );
        Wait();
        Play(
            Frame.Animate().Reorient(0, 0, 0, V(-2.5, 0.44, 0.0), 9.33),
            FadeOut(fullProduct), FadeOut(biasRect), FadeOut(biasArrow), FadeOut(biasCount), FadeOut(divEq)
        );
    }

    /// <summary>The up-projection collapses to W↑E + B↑, and E is labelled on the embedding below.</summary>
    private void CollapseTheUpProjection()
    {
        string[] substrs = [@"W_\uparrow", @"\vec{\textbf{E}}_i", "+", @"\vec{\textbf{B}}_\uparrow"];
        linearExpr = new Tex(string.Join(" ", substrs));
        var wUp = linearExpr[substrs[0]];
        var eI = linearExpr[substrs[1]];
        var plus2 = linearExpr[substrs[2]];
        var bUp = linearExpr[substrs[3]];
        new VGroup(wUp, bUp).SetColor(Blue);
        eI.SetColor(Yellow);
        linearExpr.MoveTo(upPlus).Shift(0.6f * Left);
        lowEmbLabel = eI.Copy();
        lowEmbLabel.Scale(0.5).NextTo(embedding, Up);
        Play([
            Frame.Animate().Reorient(0, 0, 0, V(-0.03, 0.03, 0.0), 8.34),
            ReplacementTransform(upProj, wUp, lagRatio: 1e-3),
            FadeOut(rowCountBrace, Right, scale: 0.5),
            FadeOut(numRowsExpr, Right, scale: 0.5),
            FadeOut(rowSizeBrace, DR, scale: 0.5),
            FadeOut(rowSize, DR, scale: 0.5),
        ]);
        Wait();
        Play(ReplacementTransform(upEmbedding, eI, lagRatio: 1e-2));
        Play(TransformFromCopy(eI, lowEmbLabel));
        Wait();
        Play(
            ReplacementTransform(upPlus, plus2),
            ReplacementTransform(upBias, bUp, lagRatio: 1e-2),
            FadeOut(upBiasName, DL),
            new VGroup(upEq, upRhs).Animate().NextTo(bUp, Right).Shift(0.1f * Down),
            runTime: 2
        );
        Wait();
    }

    /// <summary>The collapsed expression settles under the first Linear arrow.</summary>
    private void AddParametersBelowFirstLinearArrow()
    {
        Play(
            linearExpr.Animate().Scale(0.5).NextTo(stepArrows[0], Down, buff: 0.1),
            ReplacementTransform(upRhs, stepVectors[0]),
            FadeOut(upEq, 4 * Down + Left),
            runTime: 2
        );
        Wait();
    }

    /// <summary>A large copy of the ReLU step rises above the block.</summary>
    private void PullUpRelu()
    {
        Play(phases[1].Animate().SetOpacity(1));
        reluStepCopy = new VGroup(stepVectors[0], stepArrows[1], stepVectors[1]).Copy();
        reluStepCopy.SaveState();
        Play(
            reluStepCopy.Animate().Scale(2.0).NextTo(fullBlock, Up, buff: 0.5),
            Frame.Animate().Reorient(0, 0, 0, V(-0.26, 0.54, 0.0), 9.40)
        );
        Wait();
    }

    /// <summary>Negative entries map to zero, positive ones pass unchanged.</summary>
    private void BreakDownRelu()
    {
        reluArrow = reluStepCopy[1];
        var negArrows = new VGroup();
        posArrows = new VGroup();
        var negLeftRects = new VGroup();
        var zeroRightRects = new VGroup();
        posLeftRects = new VGroup();
        posRightRects = new VGroup();
        var inVect = (NumericEmbedding)reluStepCopy[0];
        var outVect = (NumericEmbedding)reluStepCopy[2];
        foreach (var (e1, e2) in inVect.GetDecimalEntries().Zip(outVect.GetDecimalEntries()))
        {
            var arrow = new Arrow(e1, e2, buff: 0.3);
            if (e1.Value > 0)
            {
                arrow.SetColor(Blue);
                posArrows.Add(arrow);
                posLeftRects.Add(new SurroundingRectangle(e1, color: Blue));
                posRightRects.Add(new SurroundingRectangle(e2, color: Blue));
            }
            else
            {
                arrow.SetColor(Red);
                negArrows.Add(arrow);
                negLeftRects.Add(new SurroundingRectangle(e1, color: Red));
                zeroRightRects.Add(new SurroundingRectangle(e2, color: Red));
            }
        }
        new VGroup(negLeftRects, zeroRightRects, posLeftRects, posRightRects).SetStroke(width: 2);
        Play(ShowCreation(negLeftRects, lagRatio: 0.5));
        Wait();
        Play(
            TransformFromCopy(negLeftRects, zeroRightRects, lagRatio: 0.5),
            ShowCreation(negArrows, lagRatio: 0.5),
            FadeOut(reluArrow)
        );
        Wait();
        Play(
            FadeOut(negLeftRects, lagRatio: 0.25),
            FadeOut(zeroRightRects, lagRatio: 0.25),
            FadeOut(negArrows, lagRatio: 0.25),
            ShowCreation(posLeftRects)
        );
        Wait();
        Play(
            ShowCreation(posArrows, lagRatio: 0.5),
            TransformFromCopy(posLeftRects, posRightRects, lagRatio: 0.5)
        );
        Wait();
    }

    /// <summary>ReLU spelled out as Rectified Linear Unit and graphed.</summary>
    private void GraphRelu()
    {
        reluTitleFull = new Text("Rectified\nLinear\nUnit", alignment: TextAlignment.Left);
        reluTitleFull.NextTo(reluArrow, Up);
        reluAxes = new Axes((-4, 4), (-1, 4));
        reluAxes.SetWidth(6);
        reluAxes.NextTo(reluStepCopy, Right, buff: 1.0);
        reluAxes.AddCoordinateLabels(fontSize: 16);
        reluGraph = reluAxes.GetGraph(x => Math.Max(0, x), discontinuities: [0]);
        reluGraph.SetStroke(Yellow, 4);
        reluPlot = new VGroup(reluAxes, reluGraph);
        reluGraphLabel = new Text("ReLU");
        reluGraphLabel.MatchColor(reluGraph);
        reluGraphLabel.MoveTo(reluAxes, UL);
        Play([
            Frame.Animate().SetX(2.7),
            FadeIn(reluArrow),
            FadeIn(reluTitleFull, 0.1f * Up, lagRatio: 0.1, runTime: 2),
            FadeOut(posArrows, lagRatio: 0.25),
            FadeOut(posLeftRects, lagRatio: 0.25),
            FadeOut(posRightRects, lagRatio: 0.25),
            FadeIn(reluPlot, Right),
        ]);
        Wait();
        Play(new[] { "Re", "L", "U" }.Select(sub => (Animation)TransformFromCopy(reluTitleFull[sub], reluGraphLabel[sub])));
        Add(reluGraphLabel);
    }

    /// <summary>The first entry's meaning returns; after ReLU its "at most 0" becomes "= 0".</summary>
    private void RecallTheMeaningOfTheFirstEntry()
    {
        var midVect = (NumericEmbedding)reluStepCopy[0];
        var conditionsRect = new SurroundingRectangle(shiftedConditions, buff: 0.25);
        conditionsRect.SetStroke(Yellow, 1);
        var underBrace = new Brace(conditionsRect, Down, buff: SmallBuff);
        new VGroup(shiftedConditions, conditionsRect, underBrace).NextTo(midVect, Up);
        var feRect = new SurroundingRectangle(midVect.GetEntries()[0]);
        var conditionGroup = new VGroup(feRect, underBrace, shiftedConditions, conditionsRect);
        Play(
            Frame.Animate().Reorient(0, 0, 0, V(2.61, 0.97, 0.0), 11.5),
            ShowCreation(feRect),
            GrowFromCenter(underBrace)
        );
        Play(
            TransformFromCopy(feRect, conditionsRect),
            FadeInFromPoint(shiftedConditions, feRect.GetCenter())
        );
        Wait();
        Play(conditionGroup.Animate().MatchX(reluStepCopy[2]));
        var equalsSign = new Tex("=");
        var ineq = shiftedConditions[1][0];
        equalsSign.Replace(ineq, dimToMatch: 0);
        Play(
            FlashAround(equalsSign, runTime: 2, timeWidth: 1.5),
            ineq.Animate().Become(equalsSign)
        );
        Wait();
        Play(
            Frame.Animate().Reorient(0, 0, 0, V(2.48, 0.33, 0.0), 9.17),
            FadeOut(conditionGroup, lagRatio: 0.01)
        );
    }

    /// <summary>GELU graphed beside ReLU, then ReLU brought back to the fore.</summary>
    private void GraphGelu()
    {
        var geluTitleFull = new Text("Gaussian\nError\nLinear\nUnit", fontSize: 42, alignment: TextAlignment.Left);
        geluTitleFull.NextTo(reluArrow, Up);
        geluGraph = reluAxes.GetGraph(x => x * MathNet.Numerics.Distributions.Normal.CDF(0, 1, x));
        geluGraph.SetStroke(Green, 4);
        geluGraphLabel = new Text("GELU");
        geluGraphLabel.NextTo(reluGraphLabel, Down, buff: MedLargeBuff, alignedEdge: Left);
        geluGraphLabel.MatchColor(geluGraph);
        Play(
            FadeTransform(reluTitleFull, geluTitleFull),
            reluGraphLabel.Animate().SetFill(opacity: 0.25),
            reluGraph.Animate().SetStroke(opacity: 0.25),
            ShowCreation(geluGraph),
            TransformFromCopy(reluGraphLabel, geluGraphLabel)
        );
        Wait(2);
        Play(
            geluGraph.Animate().SetStroke(opacity: 0.25),
            geluGraphLabel.Animate().SetFill(opacity: 0.25),
            reluGraph.Animate().SetStroke(opacity: 1),
            reluGraphLabel.Animate().SetFill(opacity: 1),
            FadeTransform(geluTitleFull, reluTitleFull)
        );
        Wait();
    }

    /// <summary>The hidden entries are named neurons.</summary>
    private void DescribeTheseAsNeurons()
    {
        neuronWord = new Text("Neurons", fontSize: 72);
        neuronWord.NextTo(reluStepCopy, Right, buff: 2.5);
        hiddenEntries = ((NumericEmbedding)reluStepCopy[2]).GetEntries();
        neuronArrows = new VGroup(hiddenEntries.Select(e => (VMobject)new Arrow(neuronWord.GetLeft(), e.GetRight(), buff: 0.4, thickness: 3)));
        Play(
            reluPlot.Animate().SetWidth(2).NextTo(reluArrow, Down),
            FadeOut(new VGroup(reluGraphLabel, geluGraphLabel, geluGraph)),
            Write(neuronWord),
            ShowCreation(neuronArrows, lagRatio: 0.2, runTime: 3),
            LaggedStartMap(e => FlashAround(e, timeWidth: 3.0, timeSpan: (1, 4)), hiddenEntries, lagRatio: 0.05, runTime: 4)
        );
        Wait();
    }

    /// <summary>The hidden vector as the classic picture of dots wired to every input entry.</summary>
    private void ShowTheClassicDotsPicture()
    {
        var blockingRect = new BackgroundRectangle(new VGroup(reluStepCopy), buff: 0.1);
        blockingRect.SetFill(Black, 1);
        var dots = new VGroup(hiddenEntries.Select(e => (VMobject)new Dot(radius: 0.15).MoveTo(e)
            .SetFill(White, opacity: Math.Clamp(((DecimalNumber)e).Value, 0, 1))));
        dots.SetStroke(White, 2);
        var upEmb2 = embedding.Copy();
        upEmb2.Rotate(Pi / 2, Down);
        upEmb2.Rotate(1 * Degrees);
        upEmb2.MatchWidth(reluStepCopy[0]);
        upEmb2.MoveTo(reluStepCopy[0]).Shift(Right);
        upEmb2[^2..].SetColor(Yellow);
        var lines = new VGroup(
            from entry in upEmb2.GetEntries()
            from dot in dots
            select (VMobject)new Line(entry.GetRight() + 0.05f * Right, dot).SetStroke(
                color: ValueColors.ValueToColor(Random.NextDouble() * 20 - 10),
                width: 3 * Math.Pow(Random.NextDouble(), 2)));
        Play(FadeIn(blockingRect), Write(dots));
        Play(TransformFromCopy(embedding, upEmb2));
        Play(ShowCreation(lines, lagRatio: 3.0 / lines.Count));
        Wait();
        Play(LaggedStart(new VMobject[] { upEmb2 }.Concat(lines).Append(blockingRect).Concat(dots).Select(m => (Animation)FadeOut(m)), lagRatio: 0.01));
    }

    /// <summary>The "Michael Jordan" neuron is active, then inactive when its value drops to 0.</summary>
    private void DiscussActiveAndInactive()
    {
        var activeEntry = (DecimalNumber)hiddenEntries[0];
        entryRect = new SurroundingRectangle(activeEntry);
        entryRect.SetStroke(Yellow, 2);
        activeWords = new TexText(@"``Michael Jordan'' neuron is \emph{active}");
        // Glyph slice rather than activeWords["active"]: `` and '' are one glyph each in TeX (see the example fact).
        var active = activeWords[^6..];
        active.SetColor(BlueB);
        activeWords.NextTo(entryRect, Up, alignedEdge: Left);
        activeWords.Shift(Left);
        var inactive = new TexText(@"\emph{inactive}");
        inactive.SetColor(Red);
        inactive.MoveTo(active, Left);
        Play(
            Frame.Animate().Reorient(0, 0, 0, V(2.45, 0.58, 0.0), 9.65),
            ShowCreation(entryRect),
            Write(activeWords, runTime: 1)
        );
        Wait();
        Play(
            ChangeDecimalToValue(activeEntry, 0),
            ReplacementTransform(active, inactive[2..]),
            GrowFromCenter(inactive[..2])
        );
        activeWords.Add(inactive);
        Wait();
    }

    /// <summary>The ReLU copy goes back into the diagram, its small graph under the ReLU arrow.</summary>
    private void ReplaceTheReluDiagramPortion()
    {
        Play([
            Restore(reluStepCopy),
            TransformMatchingStrings(reluTitleFull, (Text)stepLabels[1]),
            reluPlot.Animate().Scale(0.5).NextTo(stepArrows[1], Down, SmallBuff),
            FadeOut(neuronWord, Down),
            FadeOut(neuronArrows, Down, lagRatio: 0.1),
            FadeOut(entryRect, Down),
            FadeOut(activeWords, Down, lagRatio: 0.01),
        ], runTime: 1.5);
        Remove(reluStepCopy);
    }

    /// <summary>The neurons are multiplied by the down-projection matrix and a bias is added.</summary>
    private void ShowTheDownProjection()
    {
        neurons = stepVectors[1].Copy();
        var neuronsTarget = neurons.GenerateTarget();
        neuronsTarget.SetHeight(4);
        neuronsTarget.MoveTo(3 * Right + 2.5f * Up);
        downProj = new WeightMatrix(shape: (6, 9), random: Random);
        downProj.SetHeight(2.75);
        downProj.NextTo(neuronsTarget, Left);
        downPlus = new Tex("+");
        downPlus.NextTo(neuronsTarget, Right);
        downBias = new WeightMatrix(shape: (6, 1), random: Random);
        downBias.MatchHeight(downProj);
        downBias.NextTo(downPlus, Right);
        downEquals = new Tex("=");
        downEquals.NextTo(downBias, Right);
        downRhs = stepVectors[2].Copy();
        downRhs.SetOpacity(1);
        downRhs.MatchHeight(downBias);
        downRhs.NextTo(downEquals, Right);
        Play(phases[2].Animate().SetOpacity(1));
        Play(MoveToTarget(neurons));
        Play(FadeTransform(stepArrows[2].Copy(), downProj));
        Wait();
        var (tempEq, tempRhs) = ShowMatrixVectorProduct.Play(this, downProj, neurons);
        Wait();
        Play(
            FadeOut(tempEq, Down),
            FadeOut(tempRhs, Down),
            Write(downPlus),
            FadeIn(downBias, Right)
        );
        Wait();
        Play(
            Write(downEquals),
            TransformFromCopy(stepVectors[2], downRhs)
        );
        Wait();
    }

    /// <summary>The result has 12,288 entries; the matrix is named the down projection.</summary>
    private void NameItAsTheDownProjection()
    {
        downProjBrace = new Brace(downProj, Up);
        downProjName = new TexText("``Down projection''");
        downProjName.NextTo(downProjBrace, Up);
        dimCountBrace = new Brace(downRhs, Right);
        dimCount = new Integer(12288);
        dimCount.NextTo(dimCountBrace, Right);
        Play(
            CountInFrom(dimCount),
            GrowFromCenter(dimCountBrace)
        );
        Wait();
        Play(
            Write(downProjName),
            GrowFromCenter(downProjBrace)
        );
        Wait();
    }

    /// <summary>The down-projection read as columns, each weighted by a neuron.</summary>
    private void ShowColumnByColumn()
    {
        colMatrix = GetColMatrix(downProj, 7);
        biasAsCol = GetColMatrix(downBias, 1, dotsIndex: null, sym: "B", topIndex: "", widthMultiple: 0.7);
        neuronLabels = new VGroup(Enumerable.Range(0, 6).Select(m => m.ToString()).Append("m").Select(m => (VMobject)new Tex($"n_{{{m}}}")));
        neuronLabels.Arrange(Down, buff: 0.5);
        neuronLabels.MatchHeight(neurons.GetEntries());
        neuronLabels.MoveTo(neurons.GetEntries());
        neuronLabels.ReplaceSubmobject(neuronLabels.Count - 2, new Tex(@"\vdots").MoveTo(neuronLabels[^2]));
        neuronLabels.SetColor(Blue);
        neuronVect = new VGroup(neurons[^2..].Copy(), neuronLabels);
        Play(
            LaggedStart(new VMobject[] { downProjBrace, downProjName, dimCountBrace, dimCount }.Select(m => (Animation)FadeOut(m))),
            LaggedStart(
                FadeOut(downProj),
                FadeIn(colMatrix),
                FadeOut(neurons),
                FadeIn(neuronVect),
                FadeOut(downBias),
                FadeIn(biasAsCol)
            )
        );
        Wait();
    }

    /// <summary>The product spelled out as a sum of columns scaled by neurons.</summary>
    private void ExpandTheColumnInterpretation()
    {
        columnSumBrace = new Brace(new VGroup(colMatrix, neuronVect), Up);
        colLabels = (VGroup)colMatrix[1];
        scaledCols = new VGroup(neuronLabels.Zip(colLabels).Select(p => (VMobject)new VGroup(p.First, p.Second[0]).Copy()));
        var scaledColsTarget = new VGroup();
        foreach (var pair in scaledCols)
        {
            var pairTarget = pair.GenerateTarget();
            pairTarget[0].Scale(1.5);
            pairTarget.Arrange(Right, buff: 0.1, alignedEdge: Down);
            scaledColsTarget.Add(pairTarget);
        }
        scaledColsTarget[^2].Become(new Tex(@"\dots"));
        scaledColsTarget.Arrange(Right, buff: 0.75);
        scaledColsTarget.SetWidth(1.25 * columnSumBrace.GetWidth());
        scaledColsTarget.NextTo(columnSumBrace, Up, buff: 0.5);
        plusses = new VGroup(scaledColsTarget.Zip(scaledColsTarget.Skip(1))
            .Select(p => (VMobject)new Tex("+").MoveTo((p.First.GetRight() + p.Second.GetLeft()) / 2)));
        Play(
            Frame.Animate().Reorient(0, 0, 0, V(-0.27, 1.04, 0.0), 11.06),
            GrowFromCenter(columnSumBrace),
            LaggedStartMap(m => MoveToTarget(m), scaledCols, lagRatio: 0.7, runTime: 5),
            LaggedStartMap(m => FadeIn(m), plusses, lagRatio: 0.7, runTime: 5)
        );
        Wait();
    }

    /// <summary>Each column, its neuron and their product are outlined in turn.</summary>
    private void HighlightEachColumnAndNeuron()
    {
        VGroup lastRects = new();
        allRectGroups = new VGroup();
        for (int i = 0; i < Math.Min(colLabels.Count, Math.Min(neuronLabels.Count, scaledCols.Count)); i++)
        {
            var rects = new VGroup(new Mobject[] { colLabels[i], neuronLabels[i], scaledCols[i] }.Select(m => (VMobject)new SurroundingRectangle(m)));
            rects.SetStroke(Yellow, 2);
            if (lastRects.Count > 0) Play(FadeOut(lastRects), FadeIn(rects));
            else Play(FadeIn(rects));
            Wait(0.5);
            allRectGroups.Add(rects);
            lastRects = rects;
        }
        Play(FadeOut(lastRects));
    }

    /// <summary>The first column as the Basketball direction, added in full when its neuron is 1 and not at all when 0.</summary>
    private void ShowFirstColumnAsBasketball()
    {
        var firstRects = (VGroup)allRectGroups[0];
        var colRect = firstRects[0];
        var nRect = firstRects[1];
        var prodRect = firstRects[2];
        basketballWord = new Text("Basketball", fontSize: 60);
        basketballWord.SetColor(Color.Parse("#F88158"));
        basketballWord.NextTo(colRect, Left);
        basketballWord.SaveState();
        basketballWord.Rotate(-Pi / 2);
        basketballWord.MoveTo(colRect);
        basketballWord.SetOpacity(0);
        var n0Term = scaledCols[0][0];
        n0Term.SaveState();
        var one = new Tex("1", fontSize: 60).MoveTo(n0Term, DR).SetColor(Blue);
        var zero = new Tex("0", fontSize: 60).MoveTo(n0Term, DR).SetColor(Red);
        Play(
            ShowCreation(colRect),
            colLabels[1..].Animate().SetOpacity(0.5),
            neuronLabels[1..].Animate().SetOpacity(0.5),
            scaledCols[1..].Animate().SetOpacity(0.5),
            plusses.Animate().SetOpacity(0.5)
        );
        Play(Restore(basketballWord, pathArc: Pi / 2));
        Wait();
        Play(TransformFromCopy(colRect, nRect));
        Wait();
        Play(
            TransformFromCopy(colRect, prodRect),
            TransformFromCopy(nRect, prodRect)
        );
        Play(Transform(n0Term, one));
        Wait();
        Play(Transform(n0Term, zero));
        Wait();
        Play(Restore(n0Term));
        n0Term.Restore();
        Wait();
    }

    /// <summary>The columns are outlined in turn once more and brought back to full opacity.</summary>
    private void CycleThroughColumnsOneMoreTime()
    {
        ((VGroup)allRectGroups[0]).Add(basketballWord);
        for (int i = 1; i < allRectGroups.Count; i++)
        {
            Play(
                FadeOut(allRectGroups[i - 1]),
                FadeIn(allRectGroups[i]),
                colLabels[i].Animate().SetOpacity(1),
                neuronLabels[i].Animate().SetOpacity(1),
                scaledCols[i].Animate().SetOpacity(1),
                plusses[i - 1].Animate().SetOpacity(1)
            );
            Wait(0.5);
        }
        Play(FadeOut(allRectGroups[^1]));
    }

    /// <summary>The down-projection's bias is named.</summary>
    private void HighlightTheDownProjectionBias()
    {
        var biasRect = new SurroundingRectangle(downBias);
        var biasBrace = new Brace(biasRect, Up);
        var biasWord = new Text("Bias");
        biasWord.NextTo(biasBrace, Up, MedSmallBuff);
        Play(
            ReplacementTransform(columnSumBrace, biasBrace),
            FadeIn(biasRect),
            FadeOut(plusses, lagRatio: 0.1),
            FadeOut(scaledCols, lagRatio: 0.1)
        );
        Play(FadeIn(biasWord, 0.5f * Up));
        Wait();
        Play(LaggedStart(FadeOut(biasWord), FadeOut(biasBrace), FadeOut(biasRect)));
    }

    /// <summary>The down-projection collapses to W↓n + B↓ and settles under the last Linear arrow.</summary>
    private void CollapseTheDownProjection()
    {
        var wDown = new Tex(@"W_\downarrow", fontSize: 60).SetColor(Blue);
        var bDown = new Tex(@"\vec{\textbf{B}}_\downarrow", fontSize: 60).SetColor(BlueB);
        wDown.NextTo(neurons, Left);
        bDown.MoveTo(biasAsCol);
        var nSquare = new Rectangle(1, 1);
        nSquare.SetHeight(wDown.GetHeight());
        nSquare.MoveTo(neuronVect);
        nSquare.SetFill(GreyC);
        nSquare.SetStroke(White, 1);
        var downProjExpr = new VGroup(wDown, neuronVect, downPlus, bDown);
        var downProjExprTarget = downProjExpr.GenerateTarget();
        downProjExprTarget[1].Become(new VGroup(nSquare));
        downProjExprTarget.Arrange(Right, buff: SmallBuff);
        downProjExprTarget.Scale(0.4);
        downProjExprTarget.NextTo(stepArrows[2], Down);
        Play(ReplacementTransform(colMatrix, wDown, lagRatio: 5e-3, runTime: 2));
        Play(ReplacementTransform(biasAsCol, bDown, lagRatio: 1e-2));
        Wait();
        Play(
            LaggedStart([
                MoveToTarget(downProjExpr),
                FadeOut(downEquals, 2 * Down + 0.5f * Left),
                ReplacementTransform(downRhs, stepVectors[2]),
            ], lagRatio: 0.25).With(timeSpan: (0, 1.5)),
            Frame.Animate().Reorient(0, -14, 0, V(-0.1, -2.03, 0.01), 6.31),
            runTime: 2
        );
        Wait();
    }

    /// <summary>The circuit adds the result back to the original embedding.</summary>
    private void AddItToTheOriginal()
    {
        var fadedSumCircuit = sumCircuit.Copy();
        sumCircuit.SetStroke(opacity: 1);
        foreach (var part in sumCircuit.GetFamily().OfType<VMobject>().Where(m => m.HasPoints)) part.InsertNCurves(20);
        Add(fadedSumCircuit);
        Play(
            Frame.Animate().Reorient(13, -8, 0, V(0.15, -2.05, 0.0), 6.52),
            ShowCreation(sumCircuit, lagRatio: 0.5),
            lowEmbLabel.Animate().Shift(0.2f * Left).SetAnimArgs(timeSpan: (0, 1)),
            FadeOut(outputEmbedding),
            runTime: 2
        );
        Remove(fadedSumCircuit);
        outputEmbedding.SetFill(opacity: 1);
        Play(LaggedStart([
            TransformFromCopy(embedding, outputEmbedding, pathArc: -45 * Degrees),
            TransformFromCopy(stepVectors[2], outputEmbedding, pathArc: -45 * Degrees),
        ], lagRatio: 0.2, runTime: 2));
        Wait();
    }

    /// <summary>F.N. Michael + L.N. Jordan goes in, and Basketball is added on the way out.</summary>
    private void EmphasizeTheMjExampleOnceMore()
    {
        var mColor = Color.InterpolateHsl(GreyBrown, White, 0.5);
        var jColor = RedB;
        var bColor = basketballWord.GetColor();
        var mTex = new Tex(@"\overrightarrow{\text{F.N. Michael}}").SetColor(mColor);
        var jTex = new Tex(@"\overrightarrow{\text{L.N. Jordan}}").SetColor(jColor);
        var bTex = new Tex(@"\overrightarrow{\text{Basketball}}").SetColor(bColor);
        var mjSum = new VGroup(mTex, new Tex("+"), jTex).Copy();
        var mjbSum = new VGroup(mTex, new Tex("+"), jTex, new Tex("+"), bTex).Copy();
        foreach (var texMob in new[] { mjSum, mjbSum })
        {
            texMob.SetHeight(0.45);
            texMob.Arrange(Right, buff: SmallBuff);
            texMob.SetFill(borderWidth: 1);
        }
        mjSum.NextTo(lowEmbLabel, Up, buff: 1.0).Shift(0.5f * Left);
        mjbSum.NextTo(outputEmbedding, Up, buff: 1.5).Shift(1.0f * Right);
        var mjArrow = new Arrow(mjSum.GetBottom(), lowEmbLabel, buff: 0.1);
        var mjbArrow = new Arrow(outputEmbedding.GetTop(), mjbSum.GetBottom(), buff: 0.15);
        Play(
            Frame.Animate().Reorient(4, -6, 0, V(-0.29, -1.76, 0.02), 7.70),
            FadeIn(mjSum, lagRatio: 0.1),
            ShowCreation(mjArrow)
        );
        var dissolve = Transform(mjSum.Copy(), embedding.Copy().SetOpacity(0), lagRatio: 0.005, runTime: 2);
        dissolve.Remover = true;
        Play(dissolve);
        MoveACopyThroughTheSteps(stepVectors.Members.Cast<VMobject>().Append(outputEmbedding));
        Play(
            Frame.Animate().Reorient(-3, -5, 0, V(1.09, -1.48, -0.03), 9.61),
            FadeTransform(mjSum.Copy(), mjbSum[..3]),
            FadeTransformPieces(mjSum.Copy()[^1..], mjbSum[3..]),
            ShowCreation(mjbArrow),
            runTime: 2
        );
        Wait(2);
        Play(
            Frame.Animate().Reorient(21, -14, 0, V(-0.13, -2.21, 0.11), 6.91).SetAnimArgs(runTime: 5),
            LaggedStartMap(m => FadeOut(m), new VGroup(mjSum, mjArrow, mjbArrow, mjbSum))
        );
    }

    /// <summary>The whole block runs beside every embedding of the sequence.</summary>
    private void ShowItDoneInParallelToAllEmbeddings()
    {
        Play(
            Frame.Animate().Reorient(14, -12, 0, V(0.55, -2.21, 0.18), 7.05),
            LaggedStart(simplePhaseCopies.Select(sp => (Animation)TransformFromCopy(simplePhases, sp)), lagRatio: 0.1),
            FadeOut(blockTitle, timeSpan: (0, 1)),
            runTime: 5
        );
        Play(
            Frame.Animate().Reorient(42, -23, 0, V(0.55, -2.21, 0.18), 7.05),
            runTime: 8
        );
        Wait();
    }

    /// <summary>Every hidden vector dissolves into a cloud of neurons.</summary>
    private void ShowNeurons()
    {
        var copies = simplePhaseCopies.Submobjects.Cast<VMobject>().ToList();
        var sumCircuits = new VGroup(new VMobject[] { sumCircuit }.Concat(copies.Select(sp => sp[0])).Concat(copies.Select(sp => sp[^1])));
        var nVects = new VGroup(new VMobject[] { stepVectors[1] }.Concat(copies.Select(sp => sp[2][1])));
        var neuronPoints = nVects.Submobjects.Skip(1).Cast<Matrix>().SelectMany(v => v.GetEntries().Select(e => e.GetCenter())).ToList();
        var neuronCloud = new DotCloud(neuronPoints);
        neuronCloud.SetRadius(0.075);
        neuronCloud.SetShading(0.25, 0.25, 0.5);
        neuronCloud.ApplyDepthTest();
        var greys = neuronPoints.Select(_ => (float)Random.NextDouble()).ToList();
        neuronCloud.SetColors(greys.Select(g => new Color(g, g, g)), greys.Select(_ => 1.0));
        var neuronEllipses = new VGroup(nVects.Submobjects.Skip(1).Cast<Matrix>().Select(v => (VMobject)v.GetEllipses()));
        Play(
            Frame.Animate().Reorient(11, -5, 0, V(0.55, -2.21, 0.18), 7.05),
            sumCircuits.Animate().SetStroke(width: 1, opacity: 0.2),
            FadeOut(block[4]),
            runTime: 2
        );
        Play(
            Frame.Animate().Reorient(-11, -5, 0, V(0.55, -2.21, 0.18), 7.05).SetAnimArgs(runTime: 4),
            FadeOut(nVects),
            // ShowCreation of a dot cloud reveals its first points progressively (the engine's ShowCreation needs paths).
            UpdateFromAlphaFunc(neuronCloud, (cloud, a) =>
            {
                int shown = (int)Math.Round(RateFunctions.Smooth(a) * cloud.DotCount);
                cloud.SetOpacities(Enumerable.Range(0, cloud.DotCount).Select(k => k < shown ? 1.0 : 0.0));
            }, runTime: 2),
            FadeIn(neuronEllipses, timeSpan: (1, 2))
        );
        Add(neuronEllipses);
        Play(Frame.Animate().Reorient(13, -7, 0, V(0.55, -2.21, 0.18), 7.05), runTime: 4);
        Wait();
    }

    /// <summary>A copy of the embedding jumps from one stop to the next at a steady rate, then leaves.</summary>
    private void MoveACopyThroughTheSteps(IEnumerable<VMobject> stops)
    {
        var mover = embedding.Copy();
        foreach (var stop in stops)
            Play(Transform(mover, stop, rateFunc: RateFunctions.Linear));
        Remove(mover);
    }

    /// <summary>
    /// Row labels R⃗_0 … R⃗_last stacked over <paramref name="matrix"/> (the second to last a ⋮), each with grey lines out to
    /// the brackets: the "each row is a vector" picture. Returns the bare labels and the labels with their lines.
    /// </summary>
    protected static (VGroup Labels, VGroup RowLabels) GetRowLabels(Matrix matrix, int nRowsShown, string lastIndex)
    {
        var labels = new VGroup(Enumerable.Range(0, nRowsShown - 1).Select(k => k.ToString()).Append(lastIndex)
            .Select(k => (VMobject)new Tex(@"\vec{\textbf{R}}_{" + k + "}")));
        labels[^2].Become(new Tex(@"\vdots").Replace(labels[^2], dimToMatch: 1));
        labels.Arrange(Down, buff: 0.5);
        labels.MatchHeight(matrix);
        labels.MoveTo(matrix);
        var hLines = new VGroup(
            new Line(matrix.GetBrackets()[0], labels, buff: 0.1),
            new Line(labels, matrix.GetBrackets()[1], buff: 0.1));
        hLines.SetStroke(GreyA, 2);
        var rowLabels = new VGroup(labels.Select(r => (VMobject)new VGroup(r, hLines.Copy().MatchY(r))));
        return (labels, rowLabels);
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

    /// <summary>
    /// The matrix read as columns: a copy of <paramref name="matrix"/>'s brackets and, spread across its entries, labels
    /// C⃗₀, C⃗₁, …, C⃗_top each between two thin vertical lines; the <paramref name="dotsIndex"/> label becomes "…".
    /// </summary>
    protected VGroup GetColMatrix(Matrix matrix, int nColsShown, int? dotsIndex = -2, string sym = "C", string topIndex = "m-1",
        double widthMultiple = 1.0)
    {
        var cLabels = new VGroup(Enumerable.Range(0, nColsShown - 1).Select(n => n.ToString()).Append(topIndex)
            .Select(n => (VMobject)new Tex(@"\vec{\textbf{" + sym + "}}_{" + n + "}")));
        cLabels.Arrange(Right, buff: 0.5);
        var entries = matrix.GetEntries();
        cLabels.MoveTo(entries);
        cLabels.SetWidth(entries.GetWidth() * widthMultiple);
        var vLines = new VGroup(
            new Line(matrix.GetBottom(), cLabels.GetBottom() + (float)SmallBuff * Down),
            new Line(cLabels.GetTop() + (float)SmallBuff * Up, matrix.GetTop())
        );
        vLines.SetStroke(White, 1);
        var colLabels = new VGroup(cLabels.Select(c => (VMobject)new VGroup(c, vLines.Copy().MatchX(c))));
        if (dotsIndex is int d)
        {
            int i = d < 0 ? d + colLabels.Count : d;
            var dots = new Tex(@"\hdots");
            dots.MoveTo(colLabels[i]);
            colLabels.ReplaceSubmobject(i, dots);
        }
        return new VGroup(new VGroup(matrix.GetBrackets().Members.Select(b => (VMobject)b.Copy())), colLabels);
    }
}

