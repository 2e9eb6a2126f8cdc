using static AnimLib.Anim;
using static AnimLib.Constants;
using static AnimLib.Directions;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// The chapter 5 and 6 thumbnails, labelled, fade in along the top; then both grow and slide left so chapter 6 takes
/// the focus while chapter 5 leaves the frame.
/// </summary>
public sealed class AltLastTwoChapters : LastTwoChapters
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Show last two chapters
        var thumbnails = GetThumbnails();
        thumbnails.SetHeight(2.0);
        thumbnails.Arrange(Right, buff: 2.0);
        thumbnails.ToEdge(Up);
        int[] chapters = [5, 6];
        for (int i = 0; i < chapters.Length; i++)
        {
            var thumbnail = thumbnails[i];
            var label = new Text($"Chapter {chapters[i]}");
            label.NextTo(thumbnail, Down, SmallBuff);
            // The thumbnail is fixed in the frame; its label must be too.
            label.FixInFrame();
            thumbnail.Add(label);
        }

        Play(LaggedStartMap(m => FadeIn(m, shift: Up), thumbnails.Submobjects, lagRatio: 0.5));
        Wait();

        // Focus on chapter 6
        var targets = new List<Mobject>();
        foreach (var thumbnail in thumbnails)
        {
            var target = thumbnail.GenerateTarget();
            target.Scale(1.25);
            target[^1].Scale(1.0 / 1.5).NextTo(target[0], Down, SmallBuff);
            targets.Add(target);
        }
        targets[1].SetX(-2.85);
        targets[1].ToEdge(Up, MedSmallBuff);
        targets[0].NextTo(targets[1], Left, buff: 2.5);

        Play(LaggedStartMap(m => MoveToTarget(m), thumbnails.Submobjects));
        Wait();
    }
}
