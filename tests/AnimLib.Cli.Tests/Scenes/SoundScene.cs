using static AnimLib.Anim;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Mixes <see cref="SoundPath"/> in at 0.5 s, 6 dB quieter.</summary>
public sealed class SoundScene : Scene
{
    public static string? SoundPath { get; set; }

    protected override void Construct()
    {
        var square = new Square(1);
        Play(FadeIn(square));
        if (SoundPath is not null) AddSound(SoundPath, timeOffset: 0.5, gain: -6);
        Wait(1);
    }
}
