//===-- analyze.cpp - Colour and lighting analysis with Eigen -------------===//
//
// Split "analyze", dense linear algebra on the image's pixels:
//
//   pca      principal components of the colours: the covariance of the
//            pixels' colour vectors and its eigen-decomposition
//            (SelfAdjointEigenSolver), i.e. along which colour direction
//            the image varies and how much of the variance each explains;
//   fit      least squares: the luminance as a quadratic surface
//            a + b u + c v + d u^2 + e v^2 + f uv over the image
//            (u, v in [-1, 1]), solved by column-pivoting Householder QR,
//            which shows gradients and vignetting;
//   palette  four dominant colours by k-means (Lloyd's iterations), seeded
//            deterministically by farthest-point selection.
//
//===----------------------------------------------------------------------===//
#include "image.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace imgtool;

namespace {

/// One row per pixel, one column per colour channel (alpha left out).
Eigen::MatrixXd colours(const Image &Img) {
  int CC = Img.colorChannels();
  Eigen::Index N = static_cast<Eigen::Index>(Img.Width) * Img.Height;
  Eigen::MatrixXd X(N, CC);
  for (Eigen::Index I = 0; I < N; ++I)
    for (int C = 0; C < CC; ++C)
      X(I, C) = Img.Pixels[I * Img.Channels + C];
  return X;
}

std::string channelList(const Image &Img) {
  std::string S;
  for (int C = 0; C < Img.colorChannels(); ++C)
    S += channelName(Img, C);
  return S;
}

void pca(const Image &Img) {
  Eigen::MatrixXd X = colours(Img);
  Eigen::RowVectorXd Mean = X.colwise().mean();
  Eigen::MatrixXd Centred = X.rowwise() - Mean;
  Eigen::MatrixXd Cov =
      Centred.transpose() * Centred / double(std::max<Eigen::Index>(1, X.rows() - 1));
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> Solver(Cov);
  Eigen::VectorXd Values = Solver.eigenvalues().reverse(); // largest first
  Eigen::MatrixXd Vectors = Solver.eigenvectors().rowwise().reverse();
  double Total = Values.sum();

  std::printf("pca: %zu pixels over %s\n", static_cast<std::size_t>(X.rows()),
              channelList(Img).c_str());
  std::printf("  mean colour:");
  for (Eigen::Index C = 0; C < Mean.size(); ++C)
    std::printf(" %.2f", Mean[C]);
  std::printf("\n");
  for (Eigen::Index K = 0; K < Values.size(); ++K) {
    // Eigenvectors have no sign; show each with its largest part positive.
    Eigen::Index Big;
    Vectors.col(K).cwiseAbs().maxCoeff(&Big);
    double Sign = Vectors(Big, K) < 0 ? -1 : 1;
    std::printf("  component %d: variance %10.2f (%5.1f%%), axis (",
                static_cast<int>(K) + 1, Values[K],
                Total > 0 ? 100 * Values[K] / Total : 0.0);
    for (Eigen::Index C = 0; C < Vectors.rows(); ++C)
      std::printf("%s%+.3f", C ? ", " : "", Sign * Vectors(C, K) + 0.0);
    std::printf(")\n");
  }
  if (Values.size() == 3 && Total > 0) {
    Eigen::Vector3d Axis = Vectors.col(0).cwiseAbs();
    bool Achromatic = Axis.minCoeff() > 0.45;
    std::printf("  the colours vary mostly %s\n",
                Achromatic ? "in brightness (the first axis is close to grey)"
                           : "in hue (the first axis leans to one channel)");
  }
}

void fit(const Image &Img) {
  int W = Img.Width, H = Img.Height, CC = Img.colorChannels();
  Eigen::Index N = static_cast<Eigen::Index>(W) * H;
  Eigen::MatrixXd A(N, 6);
  Eigen::VectorXd L(N);
  for (int Y = 0; Y < H; ++Y)
    for (int X = 0; X < W; ++X) {
      Eigen::Index I = static_cast<Eigen::Index>(Y) * W + X;
      double U = W > 1 ? 2.0 * X / (W - 1) - 1 : 0;
      double V = H > 1 ? 2.0 * Y / (H - 1) - 1 : 0;
      A.row(I) << 1, U, V, U * U, V * V, U * V;
      L[I] = CC == 1 ? Img.at(X, Y, 0)
                     : 0.299 * Img.at(X, Y, 0) + 0.587 * Img.at(X, Y, 1) +
                           0.114 * Img.at(X, Y, 2);
    }
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> QR(A);
  Eigen::VectorXd Coef = QR.solve(L);
  Eigen::VectorXd Residual = L - A * Coef;
  double Rms = std::sqrt(Residual.squaredNorm() / double(N));
  double Variance = (L.array() - L.mean()).square().sum();
  double R2 = Variance > 0 ? 1 - Residual.squaredNorm() / Variance : 1;

  static const char *const Terms[] = {"1", "u", "v", "u^2", "v^2", "uv"};
  std::printf("fit: luminance ~ quadratic in u (left -1 .. right 1), "
              "v (top -1 .. bottom 1); rank %d of 6\n",
              static_cast<int>(QR.rank()));
  std::printf("  coefficients:");
  for (int K = 0; K < 6; ++K)
    std::printf(" %s %+.2f", Terms[K], Coef[K] + 0.0);
  std::printf("\n  rms residual %.2f, R^2 %.3f\n", Rms, R2);
  const char *Vertical = Coef[2] > 2 ? "brighter towards the bottom"
                         : Coef[2] < -2 ? "brighter towards the top"
                                        : "even from top to bottom";
  const char *Horizontal = Coef[1] > 2 ? "brighter towards the right"
                           : Coef[1] < -2 ? "brighter towards the left"
                                          : "even from left to right";
  const char *Centre = Coef[3] + Coef[4] < -4 ? "; darker corners (vignette)"
                       : Coef[3] + Coef[4] > 4 ? "; brighter corners" : "";
  std::printf("  lighting: %s, %s%s\n", Vertical, Horizontal, Centre);
}

void palette(const Image &Img) {
  const int K = 4, Iterations = 12;
  Eigen::MatrixXd X = colours(Img);
  Eigen::Index N = X.rows();
  if (N < K) {
    std::printf("palette: too few pixels\n");
    return;
  }
  // Farthest-point seeding from the pixel nearest the mean.
  Eigen::MatrixXd Centres(K, X.cols());
  Eigen::Index First;
  (X.rowwise() - X.colwise().mean()).rowwise().squaredNorm().minCoeff(&First);
  Centres.row(0) = X.row(First);
  Eigen::VectorXd Nearest = (X.rowwise() - Centres.row(0)).rowwise().squaredNorm();
  for (int C = 1; C < K; ++C) {
    Eigen::Index Far;
    Nearest.maxCoeff(&Far);
    Centres.row(C) = X.row(Far);
    Nearest = Nearest.cwiseMin((X.rowwise() - Centres.row(C)).rowwise().squaredNorm());
  }
  std::vector<int> Label(N, 0);
  int Rounds = 0;
  for (bool Changed = true; Changed && Rounds < Iterations; ++Rounds) {
    Changed = false;
    Eigen::MatrixXd Dist(N, K);
    for (int C = 0; C < K; ++C)
      Dist.col(C) = (X.rowwise() - Centres.row(C)).rowwise().squaredNorm();
    for (Eigen::Index I = 0; I < N; ++I) {
      Eigen::Index Best;
      Dist.row(I).minCoeff(&Best);
      if (Label[I] != Best) {
        Label[I] = static_cast<int>(Best);
        Changed = true;
      }
    }
    Eigen::MatrixXd Sum = Eigen::MatrixXd::Zero(K, X.cols());
    Eigen::VectorXd Count = Eigen::VectorXd::Zero(K);
    for (Eigen::Index I = 0; I < N; ++I) {
      Sum.row(Label[I]) += X.row(I);
      Count[Label[I]] += 1;
    }
    for (int C = 0; C < K; ++C)
      if (Count[C] > 0)
        Centres.row(C) = Sum.row(C) / Count[C];
  }
  std::vector<int> Order(K);
  std::vector<Eigen::Index> Size(K, 0);
  for (Eigen::Index I = 0; I < N; ++I)
    ++Size[Label[I]];
  for (int C = 0; C < K; ++C)
    Order[C] = C;
  std::stable_sort(Order.begin(), Order.end(),
                   [&](int A, int B) { return Size[A] > Size[B]; });
  std::printf("palette: %d colours by k-means, %d rounds\n", K, Rounds);
  for (int C : Order) {
    std::printf("  ");
    if (X.cols() == 3) {
      int R = static_cast<int>(std::lround(Centres(C, 0)));
      int G = static_cast<int>(std::lround(Centres(C, 1)));
      int B = static_cast<int>(std::lround(Centres(C, 2)));
      std::printf("#%02x%02x%02x  rgb(%3d, %3d, %3d)", R, G, B, R, G, B);
    } else {
      int V = static_cast<int>(std::lround(Centres(C, 0)));
      std::printf("grey %3d", V);
    }
    std::printf("  %5.1f%%\n", 100.0 * Size[C] / N);
  }
}

} // namespace

bool imgtool::analyze(const Image &Img, const std::string &Name) {
  if (Img.Width == 0 || Img.Height == 0) {
    std::fprintf(stderr, "imgtool: %s: the image is empty\n", Name.c_str());
    return false;
  }
  if (Name == "pca")
    pca(Img);
  else if (Name == "fit")
    fit(Img);
  else if (Name == "palette")
    palette(Img);
  else {
    std::fprintf(stderr, "imgtool: no analysis named '%s'\n", Name.c_str());
    return false;
  }
  return true;
}
