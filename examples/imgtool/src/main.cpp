//===-- main.cpp - imgtool: images through four libraries, lazily ---------===//
//
// The main module parses the command line, draws the built-in test image
// or reads one, and runs commands on it in order; each command that needs
// a library calls a split point (image.h), so the library's code arrives
// with the first command that uses it:
//
//   imgtool [-i FILE|-] [--size WxH] COMMAND...
//
//===----------------------------------------------------------------------===//
#include "image.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace imgtool;

static const char Usage[] =
    "usage: imgtool [-i FILE|-] [--size WxH] COMMAND...\n"
    "\n"
    "Reads an image (PNG, JPEG, BMP, GIF, TGA, PSD or PNM; default: a\n"
    "built-in test scene of --size pixels, 160x120) and runs each COMMAND\n"
    "on it in order:\n"
    "  info            size, channels and mean colour\n"
    "  ascii           a character preview\n"
    "  blur[=SIGMA]    Gaussian blur (default sigma 1.5)\n"
    "  sharpen[=K]     unsharp mask of strength K (default 1)\n"
    "  edges           Sobel edge magnitude (the image becomes grey)\n"
    "  pca             principal components of the colours\n"
    "  fit             least-squares fit of the lighting (a quadratic)\n"
    "  palette         four dominant colours (k-means)\n"
    "  report          per-channel statistics and histograms\n"
    "  json            the image's description as JSON\n"
    "  pipeline=JSON   run a JSON list of commands, e.g.\n"
    "                  '[{\"op\":\"blur\",\"sigma\":2},{\"op\":\"report\"}]'\n"
    "  save            the image as PNG on standard output\n";

const char *imgtool::channelName(const Image &Img, int C) {
  if (Img.Channels <= 2)
    return C == 0 ? "Y" : "A";
  static const char *const Names[] = {"R", "G", "B", "A"};
  return Names[C];
}

//===----------------------------------------------------------------------===//
// The built-in test scene
//===----------------------------------------------------------------------===//

/// A landscape with everything the filters and statistics have something
/// to say about: smooth gradients (sky), a hard round edge (sun), a
/// periodic pattern (field), large flat areas (hills) and sensor noise.
static Image drawScene(int W, int H) {
  Image Img;
  Img.Width = W;
  Img.Height = H;
  Img.Channels = 3;
  Img.Pixels.resize(static_cast<std::size_t>(W) * H * 3);
  Img.Source = "<built-in>";
  std::uint32_t Seed = 12345;
  const double Pi = 3.14159265358979323846;
  double SunX = 0.75 * W, SunY = 0.25 * H, SunR = 0.12 * H;
  for (int Y = 0; Y < H; ++Y) {
    for (int X = 0; X < W; ++X) {
      double R, G, B;
      double Horizon = 0.6 * H + 0.08 * H * std::sin(X * 2 * Pi / W * 1.5);
      if (Y < Horizon) {
        double T = Y / Horizon;
        R = 70 + 130 * T;
        G = 130 + 90 * T;
        B = 200 + 40 * T;
        double D = std::hypot(X - SunX, Y - SunY);
        if (D < SunR + 1.5) {
          double Cover = D < SunR - 1.5 ? 1.0 : (SunR + 1.5 - D) / 3.0;
          R += (255 - R) * Cover;
          G += (220 - G) * Cover;
          B += (90 - B) * Cover;
        }
      } else if (X < W / 3 && Y > 0.75 * H) {
        bool Dark = ((X / 8) + (Y / 8)) % 2;
        R = Dark ? 150 : 200;
        G = Dark ? 120 : 180;
        B = Dark ? 70 : 120;
      } else {
        double Depth = (Y - Horizon) / (H - Horizon + 1);
        R = 60 - 30 * Depth;
        G = 150 - 70 * Depth;
        B = 60 - 30 * Depth;
      }
      double Channel[3] = {R, G, B};
      for (int C = 0; C < 3; ++C) {
        Seed = Seed * 1664525u + 1013904223u;
        int Noise = static_cast<int>(Seed >> 28) - 8; // -8..7
        int V = static_cast<int>(std::lround(Channel[C])) + Noise;
        Img.at(X, Y, C) = static_cast<std::uint8_t>(V < 0 ? 0 : V > 255 ? 255 : V);
      }
    }
  }
  return Img;
}

//===----------------------------------------------------------------------===//
// Commands that need no library
//===----------------------------------------------------------------------===//

static void printInfo(const Image &Img) {
  std::printf("image: %dx%d, %d channel%s (", Img.Width, Img.Height,
              Img.Channels, Img.Channels == 1 ? "" : "s");
  for (int C = 0; C < Img.Channels; ++C)
    std::printf("%s", channelName(Img, C));
  std::printf("), %zu bytes, from %s", Img.Pixels.size(), Img.Source.c_str());
  for (const std::string &H : Img.History)
    std::printf(" | %s", H.c_str());
  std::printf("\n");
  std::uint64_t Sum[4] = {0};
  std::size_t N = static_cast<std::size_t>(Img.Width) * Img.Height;
  for (std::size_t I = 0; I < N; ++I)
    for (int C = 0; C < Img.Channels; ++C)
      Sum[C] += Img.Pixels[I * Img.Channels + C];
  std::printf("  mean:");
  for (int C = 0; C < Img.Channels; ++C)
    std::printf(" %s %.1f", channelName(Img, C), N ? double(Sum[C]) / N : 0.0);
  std::printf("\n");
}

static void printAscii(const Image &Img) {
  static const char Ramp[] = " .:-=+*#%@";
  int Cols = Img.Width < 64 ? Img.Width : 64;
  int Rows = Img.Height * Cols / (Img.Width ? Img.Width : 1) / 2;
  int CC = Img.colorChannels();
  for (int R = 0; R < Rows; ++R) {
    std::string Line;
    for (int Col = 0; Col < Cols; ++Col) {
      // Average the block of pixels this character covers.
      int X0 = Col * Img.Width / Cols, X1 = (Col + 1) * Img.Width / Cols;
      int Y0 = R * Img.Height / Rows, Y1 = (R + 1) * Img.Height / Rows;
      double Sum = 0;
      int Count = 0;
      for (int Y = Y0; Y < Y1; ++Y)
        for (int X = X0; X < X1; ++X, ++Count) {
          if (CC == 1)
            Sum += Img.at(X, Y, 0);
          else
            Sum += 0.299 * Img.at(X, Y, 0) + 0.587 * Img.at(X, Y, 1) +
                   0.114 * Img.at(X, Y, 2);
        }
      double Luma = Count ? Sum / Count / 255.0 : 0;
      Line += Ramp[static_cast<int>(Luma * 9.999)];
    }
    std::printf("  |%s|\n", Line.c_str());
  }
}

static bool readAll(std::FILE *F, std::vector<std::uint8_t> &Out) {
  std::uint8_t Buf[8192];
  std::size_t N;
  while ((N = std::fread(Buf, 1, sizeof Buf, F)) > 0)
    Out.insert(Out.end(), Buf, Buf + N);
  return !std::ferror(F);
}

static bool readImage(const char *Path, Image &Img) {
  std::vector<std::uint8_t> Bytes;
  bool Stdin = !std::strcmp(Path, "-");
  std::FILE *F = Stdin ? stdin : std::fopen(Path, "rb");
  if (!F) {
    std::fprintf(stderr, "imgtool: cannot open %s: %s\n", Path,
                 std::strerror(errno));
    return false;
  }
  bool Ok = readAll(F, Bytes);
  if (!Stdin)
    std::fclose(F);
  if (!Ok) {
    std::fprintf(stderr, "imgtool: cannot read %s\n", Path);
    return false;
  }
  std::string Error;
  if (!decodeImage(Bytes, Img, Error)) {
    std::fprintf(stderr, "imgtool: %s: %s\n", Stdin ? "<stdin>" : Path,
                 Error.c_str());
    return false;
  }
  Img.Source = Stdin ? "<stdin>" : Path;
  return true;
}

bool imgtool::runCommand(Image &Img, const std::string &Command) {
  std::size_t Eq = Command.find('=');
  std::string Name = Command.substr(0, Eq);
  std::string Arg = Eq == std::string::npos ? "" : Command.substr(Eq + 1);
  std::fflush(stdout);
  if (Name == "info") {
    printInfo(Img);
  } else if (Name == "ascii") {
    printAscii(Img);
  } else if (Name == "blur" || Name == "sharpen" || Name == "edges") {
    double Amount = Arg.empty() ? 0 : std::atof(Arg.c_str());
    std::string Error;
    if (!applyFilter(Img, Name, Amount, Error)) {
      std::fprintf(stderr, "imgtool: %s: %s\n", Command.c_str(), Error.c_str());
      return false;
    }
    Img.History.push_back(Command);
  } else if (Name == "pca" || Name == "fit" || Name == "palette") {
    return analyze(Img, Name);
  } else if (Name == "report") {
    printReport(Img);
  } else if (Name == "json") {
    std::string Json = describeJson(Img);
    std::fwrite(Json.data(), 1, Json.size(), stdout);
  } else if (Name == "pipeline") {
    std::string Error;
    if (!runPipeline(Img, Arg, Error)) {
      std::fprintf(stderr, "imgtool: pipeline: %s\n", Error.c_str());
      return false;
    }
  } else if (Name == "save") {
    std::vector<std::uint8_t> Png = encodePng(Img);
    if (Png.empty()) {
      std::fprintf(stderr, "imgtool: save: the PNG encoder failed\n");
      return false;
    }
    std::fwrite(Png.data(), 1, Png.size(), stdout);
  } else {
    std::fprintf(stderr, "imgtool: unknown command '%s'\n", Command.c_str());
    return false;
  }
  return true;
}

int main(int Argc, char **Argv) {
  const char *Input = nullptr;
  int W = 160, H = 120;
  int First = 1;
  for (; First < Argc && Argv[First][0] == '-' && Argv[First][1]; ++First) {
    const char *A = Argv[First];
    if ((!std::strcmp(A, "-i") || !std::strcmp(A, "--input")) &&
        First + 1 < Argc) {
      Input = Argv[++First];
    } else if (!std::strcmp(A, "--size") && First + 1 < Argc) {
      if (std::sscanf(Argv[++First], "%dx%d", &W, &H) != 2 || W < 1 ||
          H < 1 || W > 4096 || H > 4096) {
        std::fprintf(stderr, "imgtool: --size wants WxH, at most 4096x4096\n");
        return 2;
      }
    } else if (!std::strcmp(A, "-h") || !std::strcmp(A, "--help")) {
      std::fputs(Usage, stdout);
      return 0;
    } else {
      std::fprintf(stderr, "imgtool: unknown option '%s'\n%s", A, Usage);
      return 2;
    }
  }
  if (First == Argc) {
    std::fputs(Usage, stderr);
    return 2;
  }

  Image Img;
  if (Input) {
    if (!readImage(Input, Img))
      return 1;
  } else {
    Img = drawScene(W, H);
  }
  for (int I = First; I < Argc; ++I)
    if (!runCommand(Img, Argv[I]))
      return 1;
  return 0;
}
