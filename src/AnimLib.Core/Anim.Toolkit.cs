using System.Numerics;
using AnimLib.Animations;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib;

/// <summary>Factories of the growing, fading, indication, rotation, function-applying and updater-style animations.</summary>
public static partial class Anim
{
    /// <summary>Grows <paramref name="mobject"/> from zero size at <paramref name="point"/>.</summary>
    public static GrowFromPoint GrowFromPoint(Mobject mobject, Vector3 point, Color? pointColor = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new GrowFromPoint(mobject, point, pointColor), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Grows <paramref name="mobject"/> from its centre (the method-group form: <c>LaggedStartMap(GrowFromCenter, group)</c>).</summary>
    public static GrowFromCenter GrowFromCenter(Mobject mobject) => new(mobject);

    /// <summary>Grows <paramref name="mobject"/> from its centre.</summary>
    public static GrowFromCenter GrowFromCenter(Mobject mobject, Color? pointColor = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new GrowFromCenter(mobject, pointColor), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Grows <paramref name="mobject"/> from the point of its box in direction <paramref name="edge"/>.</summary>
    public static GrowFromEdge GrowFromEdge(Mobject mobject, Vector3 edge, Color? pointColor = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new GrowFromEdge(mobject, edge, pointColor), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Grows an arrow out of its start point (this overload lets <c>LaggedStartMap(GrowArrow, arrows)</c> take the method group).</summary>
    public static GrowArrow GrowArrow(Mobject arrow) => new(arrow);

    /// <summary>Grows an arrow out of its start point.</summary>
    public static GrowArrow GrowArrow(Mobject arrow, Color? pointColor = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new GrowArrow(arrow, pointColor), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Fades in while growing out of <paramref name="point"/>.</summary>
    public static FadeInFromPoint FadeInFromPoint(Mobject mobject, Vector3 point,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new FadeInFromPoint(mobject, point), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Fades out while shrinking into <paramref name="point"/>; then removes the mobject.</summary>
    public static FadeOutToPoint FadeOutToPoint(Mobject mobject, Vector3 point,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new FadeOutToPoint(mobject, point), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Fades stroke and fill in (the method-group form: <c>LaggedStartMap(VFadeIn, vectors)</c>).</summary>
    public static VFadeIn VFadeIn(Mobject mobject) => new(mobject);

    /// <summary>Fades stroke and fill in to their current opacities (geometry unchanged).</summary>
    public static VFadeIn VFadeIn(Mobject mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new VFadeIn(mobject), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Fades stroke and fill out, then removes the mobject (opacities restored).</summary>
    public static VFadeOut VFadeOut(Mobject mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null,
        bool remover = true) =>
        Configure(new VFadeOut(mobject), runTime, rateFunc, lagRatio, timeSpan, remover);

    /// <summary>Fades in and back out within the run time, then removes the mobject.</summary>
    public static VFadeInThenOut VFadeInThenOut(Mobject mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null,
        bool remover = true) =>
        Configure(new VFadeInThenOut(mobject), runTime, rateFunc, lagRatio, timeSpan, remover);

    /// <summary>Shows a window of the path sliding along it, then removes the mobject.</summary>
    public static ShowPassingFlash ShowPassingFlash(Mobject mobject, double timeWidth = 0.1,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new ShowPassingFlash(mobject, timeWidth), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Draws the path, then erases it from its start (a passing flash with a window of twice the path).</summary>
    public static ShowCreationThenDestruction ShowCreationThenDestruction(Mobject mobject, double timeWidth = 2.0,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new ShowCreationThenDestruction(mobject, timeWidth), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Runs a tapered pulse of stroke width along the path, then removes the mobject.</summary>
    public static VShowPassingFlash VShowPassingFlash(Mobject mobject, double timeWidth = 0.3, double taperWidth = 0.05,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new VShowPassingFlash(mobject, timeWidth, taperWidth), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Runs a yellow glint once around <paramref name="mobject"/> (the method-group form: <c>LaggedStartMap(FlashAround, entries)</c>).</summary>
    public static FlashAround FlashAround(Mobject mobject) => new(mobject);

    /// <summary>Runs a yellow glint once around <paramref name="mobject"/>.</summary>
    public static FlashAround FlashAround(Mobject mobject, double timeWidth = 1.0, double taperWidth = 0.0, double strokeWidth = 4.0,
        Color? color = null, double buff = Constants.SmallBuff, int nInsertedCurves = 100,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new FlashAround(mobject, timeWidth, taperWidth, strokeWidth, color, buff, nInsertedCurves), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>A burst of short rays around <paramref name="point"/>.</summary>
    public static Flash Flash(Vector3 point, Color? color = null, double lineLength = 0.2, int numLines = 12, double flashRadius = 0.3,
        double lineStrokeWidth = 3.0, double? runTime = null) =>
        Configure(new Flash(point, color, lineLength, numLines, flashRadius, lineStrokeWidth), runTime, null, null, null);

    /// <summary>A burst of short rays around the centre of <paramref name="mobject"/>.</summary>
    public static Flash Flash(Mobject mobject, Color? color = null, double lineLength = 0.2, int numLines = 12, double flashRadius = 0.3,
        double lineStrokeWidth = 3.0, double? runTime = null) =>
        Configure(new Flash(mobject, color, lineLength, numLines, flashRadius, lineStrokeWidth), runTime, null, null, null);

    /// <summary>Briefly enlarges and tints a mobject, then returns it to normal.</summary>
    public static Indicate Indicate(Mobject mobject, double scaleFactor = 1.2, Color? color = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new Indicate(mobject, scaleFactor, color), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Draws a mobject, then fades it out (two run times in all).</summary>
    public static ShowCreationThenFadeOut ShowCreationThenFadeOut(Mobject mobject, double? runTime = null) =>
        Configure(new ShowCreationThenFadeOut(mobject), runTime, null, null, null);

    /// <summary>Turns a mobject by <paramref name="angle"/> (half a turn by default) about its centre or the given pivot; 1 s, smooth.</summary>
    public static Animations.Rotate Rotate(Mobject mobject, double angle = Math.PI, Vector3? axis = null, Vector3? aboutPoint = null,
        Vector3? aboutEdge = null, double? runTime = null, Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new Animations.Rotate(mobject, angle, axis, aboutPoint, aboutEdge), runTime, rateFunc, null, timeSpan);

    /// <summary>Spins a mobject by <paramref name="angle"/> (a full turn by default) about the world origin or the given pivot; 5 s, linear.</summary>
    public static Rotating Rotating(Mobject mobject, double angle = 2 * Math.PI, Vector3? axis = null, Vector3? aboutPoint = null,
        Vector3? aboutEdge = null, double? runTime = null, Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new Rotating(mobject, angle, axis, aboutPoint, aboutEdge), runTime, rateFunc, null, timeSpan);

    /// <summary>
    /// Transforms <paramref name="mobject"/> into a copy with <paramref name="method"/> applied (ManimGL's
    /// <c>ApplyMethod(mob.scale, 0, ...)</c> is <c>ApplyMethod(mob, m =&gt; m.Scale(0, ...))</c>).
    /// </summary>
    public static ApplyMethod ApplyMethod<T>(T mobject, Action<T> method,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) where T : Mobject =>
        Configure(new ApplyMethod(mobject, m => method((T)m)), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Transforms <paramref name="mobject"/> into <c>function(copy)</c>.</summary>
    public static ApplyFunction ApplyFunction<T>(Func<T, Mobject> function, T mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) where T : Mobject =>
        Configure(new ApplyFunction(m => function((T)m), mobject), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Transforms <paramref name="mobject"/> by mapping every point through <paramref name="function"/>.</summary>
    public static ApplyPointwiseFunction ApplyPointwiseFunction(Func<Vector3, Vector3> function, Mobject mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new ApplyPointwiseFunction(function, mobject), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Transforms <paramref name="mobject"/> by a 2x2 or 3x3 matrix (rows first) about the origin.</summary>
    public static Animations.ApplyMatrix ApplyMatrix(double[,] matrix, Mobject mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new Animations.ApplyMatrix(matrix, mobject), runTime, rateFunc, lagRatio, timeSpan);

    /// <summary>Calls <paramref name="update"/> on the mobject every frame for the run time.</summary>
    public static UpdateFromFunc UpdateFromFunc<T>(T mobject, Action<T> update,
        double? runTime = null, (double, double)? timeSpan = null) where T : Mobject =>
        Configure(new UpdateFromFunc(mobject, m => update((T)m)), runTime, null, null, timeSpan);

    /// <summary>Calls <paramref name="update"/> with the mobject and the raw (linear) progress every frame.</summary>
    public static UpdateFromAlphaFunc UpdateFromAlphaFunc<T>(T mobject, Action<T, double> update,
        double? runTime = null, (double, double)? timeSpan = null) where T : Mobject =>
        Configure(new UpdateFromAlphaFunc(mobject, (m, a) => update((T)m, a)), runTime, null, null, timeSpan);

    /// <summary>Moves the mobject's centre along <paramref name="path"/>.</summary>
    public static MoveAlongPath MoveAlongPath(Mobject mobject, VMobject path,
        double? runTime = null, Func<double, double>? rateFunc = null, (double, double)? timeSpan = null) =>
        Configure(new MoveAlongPath(mobject, path), runTime, rateFunc, null, timeSpan);

    /// <summary>Deforms the mobject: at progress t each start point p is drawn at <c>homotopy(p, t)</c>.</summary>
    public static Homotopy Homotopy(Func<Vector3, double, Vector3> homotopy, Mobject mobject,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null, (double, double)? timeSpan = null) =>
        Configure(new Homotopy(homotopy, mobject), runTime, rateFunc, lagRatio, timeSpan);
}
