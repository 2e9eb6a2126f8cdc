using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Palette;

namespace AnimLib.Scenes.BatchBackprop;

/// <summary>
/// A batched MLP's forward and backward pass drawn as faces of 3D "matmul boxes" (the batch-backprop notebook as a 3D
/// scene). Layer l is two boxes: x^l (d_model × B) times W_1^l gives h^l (d_hidden × B), then h^l times W_2^l gives
/// x^{l+1}. Each box's three edge lengths are the matmul's dimensions and its operands and result are three of its faces,
/// so the layers form a staircase. The forward pass turns activations green; the backward pass turns gradients red
/// (labels gain a ∇), frees activations once their weight gradient is computed, and ends with only the weight
/// gradients left.
/// </summary>
public class BatchBackprop : Scene
{
    private static readonly Color WeightColor = Color.FromBytes(0x3B, 0x6B, 0xFF);
    private static readonly Color ActivationColor = Color.FromBytes(0x2E, 0xC2, 0x4A);
    private static readonly Color GradientColor = Color.FromBytes(0xFF, 0x3B, 0x3B);
    private static readonly Color FlopColor = Color.FromBytes(0xBF, 0xBF, 0x00);

    private float _scale;
    private Vector3 _center;

    /// <summary>Model width (edge of x and of the weights along the model axis).</summary>
    public int DModel { get; init; } = 8;

    /// <summary>Hidden width.</summary>
    public int DHidden { get; init; } = 16;

    /// <summary>Batch size.</summary>
    public int Batch { get; init; } = 48;

    /// <summary>Number of layers.</summary>
    public int Layers { get; init; } = 6;

    /// <summary>Seconds per state change (each notebook frame becomes one animated step).</summary>
    public double StepTime { get; init; } = 0.5;

    /// <summary>When true the scene ends right after the forward pass (used for reference frames).</summary>
    public bool StopAfterForwardPass { get; init; }

    /// <summary>
    /// False: one step per result (the executed notebook cell). True: every matmul in three sub-steps: its compute box
    /// appears with its inputs emphasised, the result is coloured, then the box goes and freed activations are hidden.
    /// </summary>
    protected virtual bool Detailed => false;

    /// <inheritdoc/>
    protected override void Construct()
    {
        if (DModel < 1 || DHidden < 1 || Batch < 1 || Layers < 1)
            throw new ArgumentException($"{GetType().Name}: DModel, DHidden, Batch and Layers must all be at least 1 (got {DModel}, {DHidden}, {Batch}, {Layers}).");
        int L = Layers, dm = DModel, dh = DHidden, b = Batch;
        // Fit the whole staircase (x: L·dh, batch: b, model axis: (L+1)·dm) into about 7.5 units.
        _scale = 7.5f / Math.Max(L * dh, Math.Max(b, (L + 1) * dm));
        _center = new Vector3(L * dh / 2f, (dm - L * dm) / 2f, -b / 2f);
        SetFloorPlane("xz");
        // The notebook's matplotlib view (elevation 30°, azimuth −60°).
        Frame.Reorient(30, -30, 0, Vector3.Zero, 7.2);
        // A narrower field of view than the default 45° keeps the eye well away from the staircase, so its near end is
        // not distorted (at 45° the eye would sit almost in the plane of the last face).
        Frame.SetFieldOfView(25 * Constants.Degrees);
        var labelOrientation = Frame.Orientation;
        double labelSize = Math.Clamp(dm * _scale * 40, 18, 36);

        var w1 = new List<BatchFace>();
        var w2 = new List<BatchFace>();
        var h = new List<BatchFace>();
        var x = new List<BatchFace>();
        var flops1 = new List<VGroup>();
        var flops2 = new List<VGroup>();
        for (int l = 0; l <= L; l++)
        {
            if (l < L)
            {
                w1.Add(Face((l * dh, (l + 1) * dh), (-l * dm, (1 - l) * dm), b, 0, 2, $"W_1^{{{l}}}", WeightColor, true, labelOrientation, labelSize));
                w2.Add(Face((l * dh, (l + 1) * dh), ((-1 - l) * dm, -l * dm), b, 0, 2, $"W_2^{{{l}}}", WeightColor, true, labelOrientation, labelSize));
            }
            x.Add(Face((-l * dm, (1 - l) * dm), (0, b), l * dh, 2, 1, $"x^{{{l}}}", ActivationColor, false, labelOrientation, labelSize));
            if (l < L)
            {
                h.Add(Face((l * dh, (l + 1) * dh), (0, b), -l * dm, 0, 1, $"h^{{{l}}}", ActivationColor, false, labelOrientation, labelSize));
                flops1.Add(Box((l * dh, (l + 1) * dh), (0, b), (-l * dm, (1 - l) * dm)));
                flops2.Add(Box((l * dh, (l + 1) * dh), (0, b), ((-1 - l) * dm, -l * dm)));
            }
        }
        var annotations = Annotations(labelOrientation, labelSize);
        var all = w1.Concat(w2).Concat(x).Concat(h).ToList();
        FitFrame(all.SelectMany(f => f.Rect.Points).Concat(annotations.GetAllPoints()).ToList());

        Add(all.Select(f => f.Rect).ToList());
        if (Detailed) Add(flops1.Concat(flops2).ToList());
        // Hidden activation labels wait in the scene (above every face); the weight labels fade in below.
        Add(x.Concat(h).Select(f => f.Label).ToList());
        Play(LaggedStart(w1.Concat(w2).Select(f => (Animation)FadeIn(f.Rect)).Append(FadeIn(annotations)), lagRatio: 0.05), runTime: 1.5);
        Play(LaggedStart(w1.Concat(w2).Select(f => (Animation)FadeIn(f.Label)), lagRatio: 0.05), runTime: 1);
        Wait(0.5);

        // Forward pass.
        Step(x[0].SetColor(ActivationColor));
        for (int l = 0; l < L; l++)
        {
            Operation(flops1[l], [x[l], w1[l]], h[l].SetColor(ActivationColor), []);
            Operation(flops2[l], [h[l], w2[l]], x[l + 1].SetColor(ActivationColor), []);
        }
        Wait(0.5);
        if (StopAfterForwardPass) return;

        // Backward pass: the loss gradient, then per layer from the top: ∇h, ∇W_2 (x^{l+1} freed), ∇x, ∇W_1 (h freed).
        Step(x[L].MakeGrad(GradientColor));
        for (int l = L - 1; l >= 0; l--)
        {
            Operation(flops2[l], [x[l + 1], w2[l]], h[l].MakeGrad(GradientColor), []);
            Operation(flops2[l], [h[l], x[l + 1]], w2[l].MakeGrad(GradientColor), [x[l + 1]]);
            Operation(flops1[l], [h[l], w1[l]], x[l].MakeGrad(GradientColor), []);
            Operation(flops1[l], [x[l], h[l]], w1[l].MakeGrad(GradientColor), [h[l]]);
        }
        Step(x[0].Hide());
        Wait(1.5);
    }

    /// <summary>Moves and zooms the frame (keeping its orientation) so every point shows, with a margin.</summary>
    private void FitFrame(IReadOnlyList<Vector3> points)
    {
        int pw = Settings.PixelWidth, ph = Settings.PixelHeight;
        var right = Vector3.Transform(Directions.Right, Frame.Orientation);
        var up = Vector3.Transform(Directions.Up, Frame.Orientation);
        // Perspective makes the fit depend on the frame itself, so a few rounds settle it.
        for (int round = 0; round < 4; round++)
        {
            var projection = new Projection(Frame, pw, ph);
            float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
            foreach (var p in points)
            {
                var (px, py, _) = projection.ToPixel(p);
                minX = Math.Min(minX, px);
                maxX = Math.Max(maxX, px);
                minY = Math.Min(minY, py);
                maxY = Math.Max(maxY, py);
            }
            float ppu = projection.PixelsPerUnit;
            var shift = right * (((minX + maxX) / 2 - pw / 2f) / ppu) - up * (((minY + maxY) / 2 - ph / 2f) / ppu);
            double zoom = Math.Max((maxX - minX) / pw, (maxY - minY) / ph) / 0.9;
            Frame.MoveTo(Frame.GetCenter() + shift);
            Frame.SetHeight(Frame.GetHeight() * zoom);
        }
    }

    private void Step(IEnumerable<Animation> animations) => Play(animations.ToList(), runTime: StepTime);

    /// <summary>One matmul: its result's state change, in one step, or in three with the compute box and emphasised inputs.</summary>
    private void Operation(VGroup box, BatchFace[] inputs, IEnumerable<Animation> result, BatchFace[] freed)
    {
        if (!Detailed)
        {
            var anims = result.ToList();
            foreach (var f in freed) anims.AddRange(f.Hide());
            Play(anims, runTime: StepTime);
            return;
        }
        double t = StepTime * 0.6;
        Play(inputs.Select(f => f.Emphasize(true)).Append(box.Animate().SetFill(opacity: 0.1).SetStroke(opacity: 0.3)), runTime: t);
        Play(result.ToList(), runTime: t);
        var after = inputs.Select(f => f.Emphasize(false)).Append(box.Animate().SetFill(opacity: 0).SetStroke(opacity: 0)).ToList();
        foreach (var f in freed) after.AddRange(f.Hide());
        Play(after, runTime: t);
    }

    /// <summary>Maps the notebook's matplotlib coordinates (z up) to the scene (y up): (x, z, −y), scaled and centred.</summary>
    private Vector3 Map(double mx, double my, double mz) =>
        (new Vector3((float)mx, (float)mz, (float)-my) - _center) * _scale;

    private Vector3 MapAxes(double v1, double v2, double depth, int dim1, int dim2)
    {
        Span<double> p = stackalloc double[3];
        p[dim1] = v1;
        p[dim2] = v2;
        p[3 - dim1 - dim2] = depth;
        return Map(p[0], p[1], p[2]);
    }

    private BatchFace Face((double, double) vals1, (double, double) vals2, double depth, int dim1, int dim2, string tex, Color color,
        bool visible, Quaternion labelOrientation, double labelSize)
    {
        Vector3[] corners =
        [
            MapAxes(vals1.Item1, vals2.Item1, depth, dim1, dim2), MapAxes(vals1.Item2, vals2.Item1, depth, dim1, dim2),
            MapAxes(vals1.Item2, vals2.Item2, depth, dim1, dim2), MapAxes(vals1.Item1, vals2.Item2, depth, dim1, dim2),
        ];
        return new BatchFace(corners, tex, color, visible, labelOrientation, labelSize);
    }

    /// <summary>The six faces of a compute box (ranges along matplotlib x, y, z), invisible until an operation shows it.</summary>
    private VGroup Box((double, double) xs, (double, double) ys, (double, double) zs)
    {
        var faces = new VGroup();
        (double, double)[] ranges = [xs, ys, zs];
        for (int dim = 0; dim < 3; dim++)
        {
            int d1 = (dim + 1) % 3, d2 = (dim + 2) % 3;
            foreach (double depth in new[] { ranges[dim].Item1, ranges[dim].Item2 })
            {
                var (a, b) = ranges[d1];
                var (c, d) = ranges[d2];
                faces.Add(new VMobject().SetPointsAsCorners(
                [
                    MapAxes(a, c, depth, d1, d2), MapAxes(b, c, depth, d1, d2), MapAxes(b, d, depth, d1, d2), MapAxes(a, d, depth, d1, d2),
                    MapAxes(a, c, depth, d1, d2),
                ]));
            }
        }
        faces.SetFill(FlopColor, 0).SetStroke(FlopColor, 1, 0);
        return faces.ApplyDepthTest();
    }

    /// <summary>The dimension lines and labels: d_hidden along the first box, Batch along its depth, d_model up its side.</summary>
    private VGroup Annotations(Quaternion labelOrientation, double labelSize)
    {
        VMobject Label(VMobject label, Vector3 at)
        {
            label.MoveTo(Vector3.Zero);
            label.ApplyPointsFunction(p => Vector3.Transform(p, labelOrientation), Vector3.Zero);
            return label.MoveTo(at).SetColor(GreyB);
        }
        Line Edge(Vector3 a, Vector3 b) => new(a, b, color: GreyB, strokeWidth: 2);
        int dm = DModel, dh = DHidden, b = Batch;
        return new VGroup(
            Edge(Map(0, 0, 0), Map(dh, 0, 0)),
            Label(new Tex(@"d_{hidden}", labelSize), Map(dh / 2.0, -2, -2) + new Vector3(0, -0.25f, 0)),
            Edge(Map(0, 0, dm), Map(0, b, dm)),
            Label(new Text("Batch", labelSize * 1.3), Map(-3, b / 2.0, dm + 3)),
            Edge(Map(0, 0, 0), Map(0, 0, dm)),
            Label(new Tex(@"d_{model}", labelSize), Map(-4, -2, dm / 2.0) + new Vector3(-0.3f, 0, 0)));
    }
}
