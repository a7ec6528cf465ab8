package dev.torchnd;

/**
 * Bit-exact ports of the glibc 2.36 routines PyTorch's float64 samplers call, in the FMA
 * variants x86-64 glibc selects on AVX2 CPUs ({@code __log_fma}, {@code __sincos_fma}, {@code
 * __sin_fma}): same tables, same operation order, {@code Math.fma} wherever GCC contracted.
 * Java's own {@code Math.log} / {@code Math.sin} differ from glibc in about 0.1% of results.
 */
final class Libm {
  private Libm() {}

  // __log_data: ln2hi, ln2lo, poly[5], poly1[11], tab[128] {invc, logc}.
  private static final double LN2HI = Double.longBitsToDouble(0x3fe62e42fefa3800L);
  private static final double LN2LO = Double.longBitsToDouble(0x3d2ef35793c76730L);
  private static final double A0 = Double.longBitsToDouble(0xbfe0000000000001L);
  private static final double A1 = Double.longBitsToDouble(0x3fd555555551305bL);
  private static final double A2 = Double.longBitsToDouble(0xbfcfffffffeb4590L);
  private static final double A3 = Double.longBitsToDouble(0x3fc999b324f10111L);
  private static final double A4 = Double.longBitsToDouble(0xbfc55575e506c89fL);
  private static final double B0 = Double.longBitsToDouble(0xbfe0000000000000L);
  private static final double B1 = Double.longBitsToDouble(0x3fd5555555555577L);
  private static final double B2 = Double.longBitsToDouble(0xbfcffffffffffdcbL);
  private static final double B3 = Double.longBitsToDouble(0x3fc999999995dd0cL);
  private static final double B4 = Double.longBitsToDouble(0xbfc55555556745a7L);
  private static final double B5 = Double.longBitsToDouble(0x3fc24924a344de30L);
  private static final double B6 = Double.longBitsToDouble(0xbfbfffffa4423d65L);
  private static final double B7 = Double.longBitsToDouble(0x3fbc7184282ad6caL);
  private static final double B8 = Double.longBitsToDouble(0xbfb999eb43b068ffL);
  private static final double B9 = Double.longBitsToDouble(0x3fb78182f7afd085L);
  private static final double B10 = Double.longBitsToDouble(0xbfb5521375d145cdL);
  private static final long[] LOG_TAB = {
    0x3ff734f0c3e0de9fL, 0xbfd7cc7f79e69000L, 0x3ff713786a2ce91fL, 0xbfd76feec20d0000L,
    0x3ff6f26008fab5a0L, 0xbfd713e31351e000L, 0x3ff6d1a61f138c7dL, 0xbfd6b85b38287800L,
    0x3ff6b1490bc5b4d1L, 0xbfd65d5590807800L, 0x3ff69147332f0cbaL, 0xbfd602d076180000L,
    0x3ff6719f18224223L, 0xbfd5a8ca86909000L, 0x3ff6524f99a51ed9L, 0xbfd54f4356035000L,
    0x3ff63356aa8f24c4L, 0xbfd4f637c36b4000L, 0x3ff614b36b9ddc14L, 0xbfd49da7fda85000L,
    0x3ff5f66452c65c4cL, 0xbfd445923989a800L, 0x3ff5d867b5912c4fL, 0xbfd3edf439b0b800L,
    0x3ff5babccb5b90deL, 0xbfd396ce448f7000L, 0x3ff59d61f2d91a78L, 0xbfd3401e17bda000L,
    0x3ff5805612465687L, 0xbfd2e9e2ef468000L, 0x3ff56397cee76bd3L, 0xbfd2941b3830e000L,
    0x3ff54725e2a77f93L, 0xbfd23ec58cda8800L, 0x3ff52aff42064583L, 0xbfd1e9e129279000L,
    0x3ff50f22dbb2bddfL, 0xbfd1956d2b48f800L, 0x3ff4f38f4734ded7L, 0xbfd141679ab9f800L,
    0x3ff4d843cfde2840L, 0xbfd0edd094ef9800L, 0x3ff4bd3ec078a3c8L, 0xbfd09aa518db1000L,
    0x3ff4a27fc3e0258aL, 0xbfd047e65263b800L, 0x3ff4880524d48434L, 0xbfcfeb224586f000L,
    0x3ff46dce1b192d0bL, 0xbfcf474a7517b000L, 0x3ff453d9d3391854L, 0xbfcea4443d103000L,
    0x3ff43a2744b4845aL, 0xbfce020d44e9b000L, 0x3ff420b54115f8fbL, 0xbfcd60a22977f000L,
    0x3ff40782da3ef4b1L, 0xbfccc00104959000L, 0x3ff3ee8f5d57fe8fL, 0xbfcc202956891000L,
    0x3ff3d5d9a00b4ce9L, 0xbfcb81178d811000L, 0x3ff3bd60c010c12bL, 0xbfcae2c9ccd3d000L,
    0x3ff3a5242b75dab8L, 0xbfca45402e129000L, 0x3ff38d22cd9fd002L, 0xbfc9a877681df000L,
    0x3ff3755bc5847a1cL, 0xbfc90c6d69483000L, 0x3ff35dce49ad36e2L, 0xbfc87120a645c000L,
    0x3ff34679984dd440L, 0xbfc7d68fb4143000L, 0x3ff32f5cceffcb24L, 0xbfc73cb83c627000L,
    0x3ff3187775a10d49L, 0xbfc6a39a9b376000L, 0x3ff301c8373e3990L, 0xbfc60b3154b7a000L,
    0x3ff2eb4ebb95f841L, 0xbfc5737d76243000L, 0x3ff2d50a0219a9d1L, 0xbfc4dc7b8fc23000L,
    0x3ff2bef9a8b7fd2aL, 0xbfc4462c51d20000L, 0x3ff2a91c7a0c1babL, 0xbfc3b08abc830000L,
    0x3ff293726014b530L, 0xbfc31b996b490000L, 0x3ff27dfa5757a1f5L, 0xbfc2875490a44000L,
    0x3ff268b39b1d3bbfL, 0xbfc1f3b9f879a000L, 0x3ff2539d838ff5bdL, 0xbfc160c8252ca000L,
    0x3ff23eb7aac9083bL, 0xbfc0ce7f57f72000L, 0x3ff22a012ba940b6L, 0xbfc03cdc49fea000L,
    0x3ff2157996cc4132L, 0xbfbf57bdbc4b8000L, 0x3ff201201dd2fc9bL, 0xbfbe370896404000L,
    0x3ff1ecf4494d480bL, 0xbfbd17983ef94000L, 0x3ff1d8f5528f6569L, 0xbfbbf9674ed8a000L,
    0x3ff1c52311577e7cL, 0xbfbadc79202f6000L, 0x3ff1b17c74cb26e9L, 0xbfb9c0c3e7288000L,
    0x3ff19e010c2c1ab6L, 0xbfb8a646b372c000L, 0x3ff18ab07bb670bdL, 0xbfb78d01b3ac0000L,
    0x3ff1778a25efbcb6L, 0xbfb674f145380000L, 0x3ff1648d354c31daL, 0xbfb55e0e6d878000L,
    0x3ff151b990275fddL, 0xbfb4485cdea1e000L, 0x3ff13f0ea432d24cL, 0xbfb333d94d6aa000L,
    0x3ff12c8b7210f9daL, 0xbfb22079f8c56000L, 0x3ff11a3028ecb531L, 0xbfb10e4698622000L,
    0x3ff107fbda8434afL, 0xbfaffa6c6ad20000L, 0x3ff0f5ee0f4e6bb3L, 0xbfadda8d4a774000L,
    0x3ff0e4065d2a9fceL, 0xbfabbcece4850000L, 0x3ff0d244632ca521L, 0xbfa9a1894012c000L,
    0x3ff0c0a77ce2981aL, 0xbfa788583302c000L, 0x3ff0af2f83c636d1L, 0xbfa5715e67d68000L,
    0x3ff09ddb98a01339L, 0xbfa35c8a49658000L, 0x3ff08cabaf52e7dfL, 0xbfa149e364154000L,
    0x3ff07b9f2f4e28fbL, 0xbf9e72c082eb8000L, 0x3ff06ab58c358f19L, 0xbf9a55f152528000L,
    0x3ff059eea5ecf92cL, 0xbf963d62cf818000L, 0x3ff04949cdd12c90L, 0xbf9228fb8caa0000L,
    0x3ff038c6c6f0ada9L, 0xbf8c317b20f90000L, 0x3ff02865137932a9L, 0xbf8419355daa0000L,
    0x3ff0182427ea7348L, 0xbf781203c2ec0000L, 0x3ff008040614b195L, 0xbf60040979240000L,
    0x3fefe01ff726fa1aL, 0x3f6feff384900000L, 0x3fefa11cc261ea74L, 0x3f87dc41353d0000L,
    0x3fef6310b081992eL, 0x3f93cea3c4c28000L, 0x3fef25f63ceeadcdL, 0x3f9b9fc114890000L,
    0x3feee9c8039113e7L, 0x3fa1b0d8ce110000L, 0x3feeae8078cbb1abL, 0x3fa58a5bd001c000L,
    0x3fee741aa29d0c9bL, 0x3fa95c8340d88000L, 0x3fee3a91830a99b5L, 0x3fad276aef578000L,
    0x3fee01e009609a56L, 0x3fb07598e598c000L, 0x3fedca01e577bb98L, 0x3fb253f5e30d2000L,
    0x3fed92f20b7c9103L, 0x3fb42edd8b380000L, 0x3fed5cac66fb5cceL, 0x3fb606598757c000L,
    0x3fed272caa5ede9dL, 0x3fb7da76356a0000L, 0x3fecf26e3e6b2ccdL, 0x3fb9ab434e1c6000L,
    0x3fecbe6da2a77902L, 0x3fbb78c7bb0d6000L, 0x3fec8b266d37086dL, 0x3fbd431332e72000L,
    0x3fec5894bd5d5804L, 0x3fbf0a3171de6000L, 0x3fec26b533bb9f8cL, 0x3fc067152b914000L,
    0x3febf583eeece73fL, 0x3fc147858292b000L, 0x3febc4fd75db96c1L, 0x3fc2266ecdca3000L,
    0x3feb951e0c864a28L, 0x3fc303d7a6c55000L, 0x3feb65e2c5ef3e2cL, 0x3fc3dfc33c331000L,
    0x3feb374867c9888bL, 0x3fc4ba366b7a8000L, 0x3feb094b211d304aL, 0x3fc5933928d1f000L,
    0x3feadbe885f2ef7eL, 0x3fc66acd2418f000L, 0x3feaaf1d31603da2L, 0x3fc740f8ec669000L,
    0x3fea82e63fd358a7L, 0x3fc815c0f51af000L, 0x3fea5740ef09738bL, 0x3fc8e92954f68000L,
    0x3fea2c2a90ab4b27L, 0x3fc9bb3602f84000L, 0x3fea01a01393f2d1L, 0x3fca8bed1c2c0000L,
    0x3fe9d79f24db3c1bL, 0x3fcb5b515c01d000L, 0x3fe9ae2505c7b190L, 0x3fcc2967ccbcc000L,
    0x3fe9852ef297ce2fL, 0x3fccf635d5486000L, 0x3fe95cbaeea44b75L, 0x3fcdc1bd3446c000L,
    0x3fe934c69de74838L, 0x3fce8c01b8cfe000L, 0x3fe90d4f2f6752e6L, 0x3fcf5509c0179000L,
    0x3fe8e6528effd79dL, 0x3fd00e6c121fb800L, 0x3fe8bfce9fcc007cL, 0x3fd071b80e93d000L,
    0x3fe899c0dabec30eL, 0x3fd0d46b9e867000L, 0x3fe87427aa2317fbL, 0x3fd13687334bd000L,
    0x3fe84f00acb39a08L, 0x3fd1980d67234800L, 0x3fe82a49e8653e55L, 0x3fd1f8ffe0cc8000L,
    0x3fe8060195f40260L, 0x3fd2595fd7636800L, 0x3fe7e22563e0a329L, 0x3fd2b9300914a800L,
    0x3fe7beb377dcb5adL, 0x3fd3187210436000L, 0x3fe79baa679725c2L, 0x3fd377266dec1800L,
    0x3fe77907f2170657L, 0x3fd3d54ffbaf3000L, 0x3fe756cadbd6130cL, 0x3fd432eee32fe000L,
  };
  private static final double[] INVC = new double[128];
  private static final double[] LOGC = new double[128];

  static {
    for (int i = 0; i < 128; i++) {
      INVC[i] = Double.longBitsToDouble(LOG_TAB[2 * i]);
      LOGC[i] = Double.longBitsToDouble(LOG_TAB[2 * i + 1]);
    }
  }

  /** glibc {@code log} ({@code __log_fma}). */
  static double log(double x) {
    long ix = Double.doubleToRawLongBits(x);
    int top = (int) (ix >>> 48);
    final long lo = 0x3fee000000000000L; // asuint64(1.0 - 0x1p-4)
    final long hi = 0x3ff1090000000000L; // asuint64(1.0 + 0x1.09p-4)
    if (Long.compareUnsigned(ix - lo, hi - lo) < 0) {
      if (ix == 0x3ff0000000000000L) {
        return 0;
      }
      double r = x - 1.0;
      double r2 = r * r;
      double r3 = r * r2;
      double y = Math.fma(r3, B10, Math.fma(r2, B9, Math.fma(r, B8, B7)));
      y = Math.fma(y, r3, Math.fma(r2, B6, Math.fma(r, B5, B4)));
      y = Math.fma(y, r3, Math.fma(r2, B3, Math.fma(r, B2, B1)));
      double w = r * 0x1p27;
      double rhi = r + w - w;
      double rlo = r - rhi;
      double rr = rhi * rhi;
      double h = Math.fma(rr, B0, r);
      double l = Math.fma(rr, B0, r - h);
      l = Math.fma(B0 * rlo, r + rhi, l);
      y = Math.fma(y, r3, l);
      return h + y;
    }
    if (Integer.compareUnsigned(top - 0x0010, 0x7ff0 - 0x0010) >= 0) {
      if (ix * 2 == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (ix == 0x7ff0000000000000L) {
        return x;
      }
      if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) {
        return Double.NaN;
      }
      ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52);
    }
    long tmp = ix - 0x3fe6000000000000L;
    int i = (int) ((tmp >>> 45) & 127);
    int k = (int) (tmp >> 52);
    long iz = ix - (tmp & (0xfffL << 52));
    double z = Double.longBitsToDouble(iz);
    double r = Math.fma(z, INVC[i], -1.0);
    double kd = k;
    double w = Math.fma(kd, LN2HI, LOGC[i]);
    double h = r + w;
    double l = Math.fma(kd, LN2LO, (w - h) + r);
    double r2 = r * r;
    double p = Math.fma(Math.fma(r, A4, A3), r2, Math.fma(r, A2, A1));
    double y = Math.fma(r * r2, p, Math.fma(r2, A0, l));
    return y + h;
  }

  // s_sin.c constants
  private static final double BIG = Double.longBitsToDouble(0x42c8000000000000L);
  private static final double HP0 = Double.longBitsToDouble(0x3ff921fb54442d18L);
  private static final double HP1 = Double.longBitsToDouble(0x3c91a62633145c07L);
  private static final double SN3 = Double.longBitsToDouble(0xbfc5555555555515L);
  private static final double SN5 = Double.longBitsToDouble(0x3f811110e829872fL);
  private static final double CS2 = 0.5;
  private static final double CS4 = Double.longBitsToDouble(0xbfa5555555555535L);
  private static final double CS6 = Double.longBitsToDouble(0x3f56c16bedd9e239L);
  private static final double S1 = Double.longBitsToDouble(0xbfc5555555555555L);
  private static final double S2 = Double.longBitsToDouble(0x3f81111111110eceL);
  private static final double S3 = Double.longBitsToDouble(0xbf2a01a019db08b8L);
  private static final double S4 = Double.longBitsToDouble(0x3ec71de27b9a7ed9L);
  private static final double S5 = Double.longBitsToDouble(0xbe5addffc2fcdf59L);
  private static final double HPINV = Double.longBitsToDouble(0x3fe45f306dc9c883L);
  private static final double TOINT = Double.longBitsToDouble(0x4338000000000000L);
  private static final double MP1 = Double.longBitsToDouble(0x3ff921fb58000000L);
  private static final double MP2 = Double.longBitsToDouble(0xbe4dde973c000000L);
  private static final double PP3 = Double.longBitsToDouble(0xbc8cb3b398000000L);
  private static final double PP4 = Double.longBitsToDouble(0xbacd747f23e32ed7L);
  private static final double[] SINCOS_TAB = new double[440];
  private static final long[] SINCOS_BITS = {
    0x0000000000000000L, 0x0000000000000000L, 0x3ff0000000000000L, 0x0000000000000000L,
    0x3f7fffeaaaaeeeefL, 0xbc1e45e2ec67b77cL, 0x3fefffc000155552L, 0x3c8f4a01a0196daeL,
    0x3f8fffaaaaeeeed5L, 0xbc02ab639a9f0777L, 0x3fefff000155549fL, 0x3c828a28a03a5ef3L,
    0x3f97ff7001033255L, 0x3bfefe2b51527336L, 0x3feffdc006bff7e6L, 0x3c8ae6dae86977bdL,
    0x3f9ffeaaaeeee86fL, 0xbc3cd406fb224ae2L, 0x3feffc00155527d3L, 0xbc83b54492d89b5bL,
    0x3fa3feb2b12d45d5L, 0x3c34ec54203d1c11L, 0x3feff9c03414a7baL, 0x3c6991f4be6c59bfL,
    0x3fa7fdc01032fba9L, 0xbc4599bdf46e997aL, 0x3feff7006bfdf99fL, 0xbc78b3b560648d5fL,
    0x3fabfc6d78586dacL, 0x3c18e4fd03dbf236L, 0x3feff3c0c8103a31L, 0x3c74856dbddc0e66L,
    0x3faffaaaeeed4edbL, 0xbc42d16d32684b69L, 0x3feff0015549f4d3L, 0x3c8328387b99426fL,
    0x3fb1fc343d808befL, 0xbc5f3d32e6f3be4fL, 0x3fefebc222a8ef9fL, 0x3c57934934f54c77L,
    0x3fb3facb12d1755bL, 0xbc5921915299468cL, 0x3fefe7034129ef6fL, 0xbc6cbf4337c96f97L,
    0x3fb5f911fd10b737L, 0xbc50184f02be9102L, 0x3fefe1c4c3c873ebL, 0xbc35a9c9057c4a02L,
    0x3fb7f701032550e4L, 0x3c3afc2d1800501aL, 0x3fefdc06bf7e6b9bL, 0x3c831902b535f8dbL,
    0x3fb9f4902d55d1f9L, 0x3c52696d7eac1dc1L, 0x3fefd5c94b43e000L, 0xbc62e768cb4f92f9L,
    0x3fbbf1b78568391dL, 0x3c5e91841dea4cc8L, 0x3fefcf0c800e99b1L, 0x3c6ea3d786d186acL,
    0x3fbdee6f16c1cce6L, 0xbc450f8e2fb71673L, 0x3fefc7d078d1bc88L, 0x3c8075d2447db685L,
    0x3fbfeaaeee86ee36L, 0xbc4afcb2bcc6f03bL, 0x3fefc015527d5bd3L, 0x3c8b68f35094efb8L,
    0x3fc0f3378ddd71d1L, 0x3c6d8468724f0f9eL, 0x3fefb7db2bfe0695L, 0x3c821dadf4f65ab1L,
    0x3fc1f0d3d7afceafL, 0xbc66ef95099769a5L, 0x3fefaf22263c4bd3L, 0xbc552ace133a2769L,
    0x3fc2ee285e4ab88fL, 0xbc6e4d0f05dee058L, 0x3fefa5ea641c36f2L, 0x3c404da6ed17cc7cL,
    0x3fc3eb312c5d66cbL, 0x3c647d666b66cb91L, 0x3fef9c340a7cc428L, 0x3c8c5b6b063b7462L,
    0x3fc4e7ea4dc5f27bL, 0x3c5949db2ac072fcL, 0x3fef91ff40374d01L, 0xbc67d03f4d3a9e4cL,
    0x3fc5e44fcfa126f3L, 0xbc66f443063f89b6L, 0x3fef874c2e1eecf6L, 0xbc8c6514e1332b16L,
    0x3fc6e05dc05a4d4cL, 0xbbd32c5c8b81c940L, 0x3fef7c1afeffde24L, 0xbc78f55bc47540b1L,
    0x3fc7dc102fbaf2b5L, 0x3c45ab50e23c97c3L, 0x3fef706bdf9ece1cL, 0xbc8698c80c36dcb4L,
    0x3fc8d7632efaa944L, 0xbc620fa262cbb953L, 0x3fef643efeb82acdL, 0x3c76b00ac1fe28acL,
    0x3fc9d252d0cec312L, 0x3c59c43d80b1137dL, 0x3fef57948cff6797L, 0x3c6e3a0d3e03b1d5L,
    0x3fcaccdb297a0765L, 0xbc59883b57d6cdebL, 0x3fef4a6cbd1e3a79L, 0x3c813df0edaebb57L,
    0x3fcbc6f84edc6199L, 0x3c69c1a56a7b0cabL, 0x3fef3cc7c3b3d16eL, 0xbc621a3ad28a3494L,
    0x3fccc0a6588289a3L, 0xbc6868d09bc87c6bL, 0x3fef2ea5d753ffedL, 0x3c8cc4215f56d583L,
    0x3fcdb9e15fb5a5d0L, 0xbc632e20d6cc6fc2L, 0x3fef20073086649fL, 0x3c7b940416c1984bL,
    0x3fceb2a57f8ae5a3L, 0xbc60be06af572cebL, 0x3fef10ec09c5873bL, 0x3c8d9072762c1283L,
    0x3fcfaaeed4f31577L, 0xbc615d88508e32b8L, 0x3fef01549f7deea1L, 0x3c8d3c1e99e5cafdL,
    0x3fd0515cbf65155cL, 0xbc79b8c29dfd8ec8L, 0x3feef141300d2f26L, 0xbc82aa1b08ded372L,
    0x3fd0cd00cef36436L, 0xbc79fb0a0c93e2b5L, 0x3feee0b1fbc0f11cL, 0xbc4bfd2380bbc3b1L,
    0x3fd14861aa94ddebL, 0xbc6be881b5b615a4L, 0x3feecfa744d5efa1L, 0xbc556d0a4af541d0L,
    0x3fd1c37d64c6b876L, 0x3c746076fe0dcff5L, 0x3feebe214f76efa8L, 0xbc802f9f12ba543eL,
    0x3fd23e52111aaf36L, 0xbc74f080334eff18L, 0x3feeac2061bbaf4fL, 0x3c62c1d53e94658dL,
    0x3fd2b8ddc43eb49fL, 0x3c61553899f2d807L, 0x3fee99a4c3a7cd83L, 0xbc82264b1bc53ce8L,
    0x3fd3331e94049f87L, 0x3c7e0cb6b40c302cL, 0x3fee86aebf29a9edL, 0x3c89397afdbb58a7L,
    0x3fd3ad129769d3d8L, 0x3c003d5504878398L, 0x3fee733ea0193d40L, 0xbc86428b3546ce13L,
    0x3fd426b7e69ee697L, 0xbc7f09c75705c59fL, 0x3fee5f54b436e9d0L, 0x3c87eb0fd02fc8bcL,
    0x3fd4a00c9b0f3d20L, 0x3c7823ba6bb08eadL, 0x3fee4af14b2a449cL, 0xbc868ca02e8a6833L,
    0x3fd5190ecf68a77aL, 0x3c7b357155eef0f3L, 0x3fee3614b680d6a5L, 0xbc727793aa015237L,
    0x3fd591bc9fa2f597L, 0x3c67c74bac3fe0cbL, 0x3fee20bf49acd6c1L, 0xbc5660aec7ef636cL,
    0x3fd60a1429078775L, 0x3c5b1fd80ba89133L, 0x3fee0af15a03dbceL, 0x3c5fe8e702771ae6L,
    0x3fd682138a38d7f7L, 0xbc7d889202444aadL, 0x3fedf4ab3ebd875eL, 0xbc8e2d8a7e6736c4L,
    0x3fd6f9b8e33a0255L, 0x3c742bc14ee9da0dL, 0x3feddded50f228d6L, 0xbc6e80c8d42ba2bfL,
    0x3fd7710255764214L, 0xbc66ead7314bb6ceL, 0x3fedc6b7eb995912L, 0x3c54b364776dcd35L,
    0x3fd7e7ee03c86d4eL, 0xbc7b63bcdabf5af2L, 0x3fedaf0b6b888e83L, 0x3c8a249e2b5e5ceaL,
    0x3fd85e7a12826949L, 0x3c78a40e9b5face0L, 0x3fed96e82f71a9dcL, 0x3c8ff61bd5d2039dL,
    0x3fd8d4a4a774992fL, 0x3c744a02ea766326L, 0x3fed7e4e97e17b4aL, 0xbc63b770352bed94L,
    0x3fd94a6be9f546c5L, 0xbc769ce13e683f58L, 0x3fed653f073e4040L, 0xbc876236434bec37L,
    0x3fd9bfce02e80510L, 0x3c709e39a320b0a4L, 0x3fed4bb9e1c619e0L, 0x3c8f34bb77858f61L,
    0x3fda34c91cc50ccaL, 0xbc5a310e3b50cecdL, 0x3fed31bf8d8d7c06L, 0x3c7e60dd3089cbddL,
    0x3fdaa95b63a09277L, 0xbc66293eb13c0381L, 0x3fed1750727d94f0L, 0x3c80d52b1ec1a48eL,
    0x3fdb1d8305321617L, 0xbc7ae242cb99f519L, 0x3fecfc6cfa52ad9fL, 0x3c88b5b5508f2a0dL,
    0x3fdb913e30dbac43L, 0xbc7e38ad2f6c3ff1L, 0x3fece115909a82e5L, 0x3c81f139bb31109aL,
    0x3fdc048b17b140a3L, 0x3c619fe6757e9fa7L, 0x3fecc54aa2b2972eL, 0x3c64ee162ba83a98L,
    0x3fdc7767ec7fd19eL, 0xbc5eb14d1a3d5826L, 0x3feca90c9fc67d0bL, 0xbc646a81485e3462L,
    0x3fdce9d2e3d4a51fL, 0xbc62fc8a12dae298L, 0x3fec8c5bf8ce1a84L, 0x3c7ab3d1a1590123L,
    0x3fdd5bca34047661L, 0x3c728a44a75fc29cL, 0x3fec6f39208be53bL, 0xbc8741dbfbaadb42L,
    0x3fddcd4c15329c9aL, 0x3c70d4c6e171fd9aL, 0x3fec51a48b8b175eL, 0xbc61bbb43b9aa880L,
    0x3fde3e56c1582a69L, 0xbc50a4821099f88fL, 0x3fec339eb01ddd81L, 0xbc8caaf5ee82c5c0L,
    0x3fdeaee8744b05f0L, 0xbc5789b43c9b027dL, 0x3fec1528065b7d50L, 0xbc8892111312e828L,
    0x3fdf1eff6bc4f97bL, 0x3c717212f8a7525cL, 0x3febf641081e7536L, 0x3c8b7bd71628a9a1L,
    0x3fdf8e99e76abc97L, 0x3c59d950af2d00a3L, 0x3febd6ea310294f5L, 0x3c731bbcc88c109dL,
    0x3fdffdb628d2f57aL, 0x3c6f4a992e905b6aL, 0x3febb723fe630f32L, 0x3c772bd2452d0a39L,
    0x3fe0362939c69955L, 0xbc82d8cd78397b01L, 0x3feb96eeef58840eL, 0x3c545a3cc78fade0L,
    0x3fe06d3686946e5bL, 0x3c83f5ae4538ff1bL, 0x3feb764b84b704c2L, 0xbc8f5848c21b389bL,
    0x3fe0a4021e9e1001L, 0xbc86f643a13914f6L, 0x3feb553a410c104eL, 0x3c58ff7947027a16L,
    0x3fe0da8b26b5672eL, 0xbc8a58def0bee909L, 0x3feb33bba89c8948L, 0x3c8ea6a51d1f6ca9L,
    0x3fe110d0c4b69c3bL, 0x3c8d918998809981L, 0x3feb11d04162a4c6L, 0x3c71dd561efbc0c2L,
    0x3fe146d21f8b7f82L, 0x3c7bf9535e2739a8L, 0x3feaef78930bd275L, 0xbc7f836279746f94L,
    0x3fe17c8e5f2eedb0L, 0x3c635e57102e2488L, 0x3feaccb526f69de5L, 0x3c88fb6a8dd6b6ccL,
    0x3fe1b204acb02fddL, 0xbc5f190c70cbb5ffL, 0x3feaa98688308913L, 0xbc0b83d607cd5070L,
    0x3fe1e7343236574cL, 0x3c722a3fa4f41d5aL, 0x3fea85ed4373e02dL, 0x3c69be06385ec792L,
    0x3fe21c1c1b0394cfL, 0x3c5e5b324b23aa31L, 0x3fea61e9e72586afL, 0x3c858330e2fd453fL,
    0x3fe250bb93788bbbL, 0x3c7ea3d02457bcceL, 0x3fea3d7d0352bdcfL, 0xbc868dbaeca19669L,
    0x3fe28511c917a067L, 0xbc801df1d9a16b70L, 0x3fea18a729aee445L, 0x3c395e25736c0358L,
    0x3fe2b91dea88421eL, 0xbc8fa371db216ab0L, 0x3fe9f368ed912f85L, 0xbc81d200c5791606L,
    0x3fe2ecdf279a3082L, 0x3c8d3557e0e7e37eL, 0x3fe9cdc2e3f25e5cL, 0x3c83f99112993f62L,
    0x3fe32054b148bc4fL, 0x3c8f6b42095a135bL, 0x3fe9a7b5a36a6514L, 0x3c8722cfcc9fa7a9L,
    0x3fe3537db9be0367L, 0x3c6b327e7af040f0L, 0x3fe98141c42e1310L, 0x3c8d1ff80488f08dL,
    0x3fe386597456282bL, 0xbc710fada93b07a8L, 0x3fe95a67e00cb1fdL, 0xbc80befda21f862dL,
    0x3fe3b8e715a2840aL, 0xbc797653a7d2f07bL, 0x3fe93328926d9e92L, 0xbc8bb77003600cdaL,
    0x3fe3eb25d36cd53aL, 0xbc5be570e1570fc0L, 0x3fe90b84784ddaf7L, 0xbc70feb10ab93b87L,
    0x3fe41d14e4ba6790L, 0x3c84608fd287ecf5L, 0x3fe8e37c303d9ad1L, 0xbc6463a4b53d4bf8L,
    0x3fe44eb381cf386bL, 0xbc83ed6c1e6a5505L, 0x3fe8bb105a5dc900L, 0x3c8863e03e9474c1L,
    0x3fe48000e431159fL, 0xbc8b194a7463ed10L, 0x3fe89241985d871fL, 0x3c8c48d9c413ed84L,
    0x3fe4b0fc46aab761L, 0x3c20da05738cc59aL, 0x3fe869108d77a6c6L, 0x3c7338ffe2bfe9ddL,
    0x3fe4e1a4e54ed51bL, 0xbc8a492f89b7c76aL, 0x3fe83f7dde701ca0L, 0xbc4152cf609bc6e8L,
    0x3fe511f9fd7b351cL, 0xbc85c0e861c48831L, 0x3fe8158a31916d5dL, 0xbc6de8b90b8228deL,
    0x3fe541facddbb724L, 0x3c7232c28520d391L, 0x3fe7eb362eaa1488L, 0x3c5a1d65a4a5959fL,
    0x3fe571a6966d59b3L, 0x3c5c843b4d0fb198L, 0x3fe7c0827f09e54fL, 0xbc6c73d6d72aee68L,
    0x3fe5a0fc98813a12L, 0xbc8d82e2b7d4227bL, 0x3fe7956fcd7f6543L, 0xbc8ab276e9d45ae4L,
    0x3fe5cffc16bf8f0dL, 0x3c896cb370eb578aL, 0x3fe769fec655211fL, 0xbc6827d5cf8c68c5L,
    0x3fe5fea4552a9e57L, 0x3c80b6cef7ee20b7L, 0x3fe73e30174efba1L, 0xbc65d3ae3d94ad5fL,
    0x3fe62cf49921ac79L, 0xbc8edd9855b6241aL, 0x3fe712046fa77678L, 0x3c8425b0a5029c81L,
    0x3fe65aec2963e755L, 0x3c8126f96b71053cL, 0x3fe6e57c800cf55eL, 0x3c860286dedbd0a6L,
    0x3fe6888a4e134b2fL, 0xbc86b7d37644d5e6L, 0x3fe6b898fa9efb5dL, 0x3c715ac786ccf4b2L,
    0x3fe6b5ce50b7821aL, 0xbc65d5158f702e0fL, 0x3fe68b5a92eb6253L, 0xbc89a91ad985f89cL,
    0x3fe6e2b77c40bde1L, 0xbc70e729857fad53L, 0x3fe65dc1fdeb8cbaL, 0xbc597c1b47337c77L,
    0x3fe70f451d0a8c40L, 0x3c697ede3885770dL, 0x3fe62fcff20191c7L, 0x3c6d9143895756efL,
    0x3fe73b7680dea578L, 0xbc72248306dc12a2L, 0x3fe6018526f563dfL, 0x3c846ca5e0e432d0L,
    0x3fe7674af6f7b524L, 0x3c7e9d3f94ac84a8L, 0x3fe5d2e255f1f17aL, 0x3c80314104c8892bL,
    0x3fe792c1d0041d52L, 0xbc8abf05eeb354ebL, 0x3fe5a3e839824077L, 0x3c8428aa2759be62L,
    0x3fe7bdda5e28b3c2L, 0x3c4ad1197ccd0393L, 0x3fe574978d8e83f2L, 0x3c8f4714af282d23L,
    0x3fe7e893f5037959L, 0x3c80eefbaa650c4cL, 0x3fe544f10f592ca5L, 0xbc8e7ae8e6c7a62fL,
    0x3fe812ede9ae4ba4L, 0xbc87830adf402ddaL, 0x3fe514f57d7bf3daL, 0x3c747a108073c259L,
  };

  static {
    for (int i = 0; i < SINCOS_TAB.length; i++) {
      SINCOS_TAB[i] = Double.longBitsToDouble(SINCOS_BITS[i]);
    }
  }

  /** glibc {@code sincos} ({@code __sincos_fma}): {@code sc[0] = sin(x)}, {@code sc[1] = cos(x)}. */
  static void sincos(double x, double[] sc) {
    int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    if (k < 0x400368fd) {
      if (k < 0x3e400000) {
        sc[0] = x;
        sc[1] = 1.0;
        return;
      }
      if (k < 0x3feb6000) {
        sc[0] = doSin(x, 0.0);
        sc[1] = doCos(x, 0.0);
        return;
      }
      double y = HP0 - Math.abs(x);
      double a = y + HP1;
      double da = (y - a) + HP1;
      sc[0] = Math.copySign(doCos(a, da), x);
      sc[1] = doSin(a, da);
      return;
    }
    if (k >= 0x7ff00000) {
      sc[0] = x / x;
      sc[1] = x / x;
      return;
    }
    if (k >= 0x419921FB) {
      // |x| >= 105414350 needs glibc's __branred, which is not ported; no sampler gets here.
      sc[0] = StrictMath.sin(x);
      sc[1] = StrictMath.cos(x);
      return;
    }
    double[] ad = new double[2];
    int n = reduceSincos(x, ad) & 3;
    double a = ad[0];
    double da = ad[1];
    if (n == 1 || n == 2) {
      a = -a;
      da = -da;
    }
    double s = doSin(a, da);
    double c = doCos(a, da);
    if ((n & 2) != 0) {
      c = -c;
    }
    if ((n & 1) != 0) {
      sc[0] = c;
      sc[1] = s;
    } else {
      sc[0] = s;
      sc[1] = c;
    }
  }

  /** glibc {@code sin} ({@code __sin_fma}); differs from sincos only for 0.855 <= |x| < 2.426. */
  static double sin(double x) {
    int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    if (k >= 0x3feb6000 && k < 0x400368fd) {
      double t = HP0 - Math.abs(x);
      return Math.copySign(doCos(t, HP1), x);
    }
    if (k < 0x3e500000) {
      return x;
    }
    double[] sc = new double[2];
    sincos(x, sc);
    return sc[0];
  }

  // __logf_data: tab[16] {invc, logc}, ln2, poly[3].
  private static final long[] LOGF_TAB = {
    0x3ff661ec79f8f3beL, 0xbfd57bf7808caadeL, 0x3ff571ed4aaf883dL, 0xbfd2bef0a7c06ddbL,
    0x3ff49539f0f010b0L, 0xbfd01eae7f513a67L, 0x3ff3c995b0b80385L, 0xbfcb31d8a68224e9L,
    0x3ff30d190c8864a5L, 0xbfc6574f0ac07758L, 0x3ff25e227b0b8ea0L, 0xbfc1aa2bc79c8100L,
    0x3ff1bb4a4a1a343fL, 0xbfba4e76ce8c0e5eL, 0x3ff12358f08ae5baL, 0xbfb1973c5a611cccL,
    0x3ff0953f419900a7L, 0xbfa252f438e10c1eL, 0x3ff0000000000000L, 0x0000000000000000L,
    0x3fee608cfd9a47acL, 0x3faaa5aa5df25984L, 0x3feca4b31f026aa0L, 0x3fbc5e53aa362eb4L,
    0x3feb2036576afce6L, 0x3fc526e57720db08L, 0x3fe9c2d163a1aa2dL, 0x3fcbc2860d224770L,
    0x3fe886e6037841edL, 0x3fd1058bc8a07ee1L, 0x3fe767dcf5534862L, 0x3fd4043057b6ee09L,
  };
  private static final double LOGF_LN2 = Double.longBitsToDouble(0x3fe62e42fefa39efL);
  private static final double LOGF_A0 = Double.longBitsToDouble(0xbfd00ea348b88334L);
  private static final double LOGF_A1 = Double.longBitsToDouble(0x3fd5575b0be00b6aL);
  private static final double LOGF_A2 = Double.longBitsToDouble(0xbfdffffef20a4123L);

  /** glibc {@code logf} ({@code __logf_fma}): evaluated in double, rounded once. */
  static float logf(float x) {
    int ix = Float.floatToRawIntBits(x);
    if (ix == 0x3f800000) {
      return 0f;
    }
    if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
      if (ix * 2 == 0) {
        return Float.NEGATIVE_INFINITY;
      }
      if (ix == 0x7f800000) {
        return x;
      }
      if ((ix & 0x80000000) != 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) {
        return Float.NaN;
      }
      ix = Float.floatToRawIntBits(x * 0x1p23f) - (23 << 23);
    }
    int tmp = ix - 0x3f330000;
    int i = (tmp >>> 19) & 15;
    int k = tmp >> 23;
    int iz = ix - (tmp & 0xff800000);
    double z = Float.intBitsToFloat(iz);
    double r = Math.fma(z, Double.longBitsToDouble(LOGF_TAB[2 * i]), -1.0);
    double y0 = Math.fma(k, LOGF_LN2, Double.longBitsToDouble(LOGF_TAB[2 * i + 1]));
    double r2 = r * r;
    double y = Math.fma(r, LOGF_A1, LOGF_A2);
    y = Math.fma(r2, LOGF_A0, y);
    y = Math.fma(r2, y, r + y0);
    return (float) y;
  }

  // __sincosf_table[0]; entry 1 is the same with the cosine coefficients negated.
  private static final double[] SINCOSF_SIGN = {1.0, -1.0, -1.0, 1.0};
  private static final double SINCOSF_HPI_INV = Double.longBitsToDouble(0x41645f306dc9c883L);
  private static final double SINCOSF_HPI = Double.longBitsToDouble(0x3ff921fb54442d18L);
  private static final double SF_C0 = 1.0;
  private static final double SF_C1 = Double.longBitsToDouble(0xbfdffffffd0c621cL);
  private static final double SF_C2 = Double.longBitsToDouble(0x3fa55553e1068f19L);
  private static final double SF_C3 = Double.longBitsToDouble(0xbf56c087e89a359dL);
  private static final double SF_C4 = Double.longBitsToDouble(0x3ef99343027bf8c3L);
  private static final double SF_S1 = Double.longBitsToDouble(0xbfc555545995a603L);
  private static final double SF_S2 = Double.longBitsToDouble(0x3f81107605230bc4L);
  private static final double SF_S3 = Double.longBitsToDouble(0xbf2994eb3774cf24L);

  /** glibc {@code sincosf} ({@code __sincosf_fma}): {@code sc[0] = sin(y)}, {@code sc[1] = cos(y)}. */
  static void sincosf(float y, float[] sc) {
    double x = y;
    int top = (Float.floatToRawIntBits(y) >>> 20) & 0x7ff;
    if (top <= 0x3f3) {
      if (top <= 0x397) {
        sc[0] = y;
        sc[1] = 1f;
        return;
      }
      sincosfPoly(x, x * x, 1.0, sc, 0);
    } else if (top <= 0x42e) {
      int n = (((int) (x * SINCOSF_HPI_INV)) + 0x800000) >> 24;
      double r = Math.fma(-(double) n, SINCOSF_HPI, x);
      double s = SINCOSF_SIGN[n & 3];
      sincosfPoly(r * s, r * r, (n & 2) != 0 ? -1.0 : 1.0, sc, n & 1);
    } else if (top < 0x7f8) {
      // |y| >= 120 needs the 4/pi table reduction, which is not ported; no sampler gets here.
      sc[0] = (float) StrictMath.sin(y);
      sc[1] = (float) StrictMath.cos(y);
    } else {
      sc[0] = y - y;
      sc[1] = y - y;
    }
  }

  private static void sincosfPoly(double x, double x2, double cosSign, float[] sc, int swap) {
    double x3 = x * x2;
    double x4 = x2 * x2;
    double x5 = x2 * x3;
    double x6 = x2 * x4;
    double c1 = Math.fma(x2, cosSign * SF_C1, cosSign * SF_C0);
    double s1 = Math.fma(x2, SF_S3, SF_S2);
    double c2 = Math.fma(x2, cosSign * SF_C4, cosSign * SF_C3);
    double s = Math.fma(x3, SF_S1, x);
    double c = Math.fma(x4, cosSign * SF_C2, c1);
    float sin = (float) Math.fma(s1, x5, s);
    float cos = (float) Math.fma(c2, x6, c);
    sc[swap] = sin;
    sc[1 - swap] = cos;
  }

  private static int reduceSincos(double x, double[] ad) {
    double t = Math.fma(x, HPINV, TOINT);
    double xn = t - TOINT;
    int n = (int) Double.doubleToRawLongBits(t) & 3;
    double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
    double t2 = Math.fma(-xn, PP3, y);
    double db = Math.fma(-xn, PP3, y - t2);
    double b = Math.fma(-xn, PP4, t2);
    db = db + Math.fma(-xn, PP4, t2 - b);
    ad[0] = b;
    ad[1] = db;
    return n;
  }

  private static double doSin(double x, double dx) {
    if (Math.abs(x) < 0.126) {
      double xx = x * x;
      double p = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
      double t = Math.fma(xx, Math.fma(p, x, -(0.5 * dx)), dx);
      return x + t;
    }
    if (x <= 0) {
      dx = -dx;
    }
    double ax = Math.abs(x);
    double u = BIG + ax;
    double xr = ax - (u - BIG);
    int k = ((int) Double.doubleToRawLongBits(u)) << 2;
    double sn = SINCOS_TAB[k];
    double ssn = SINCOS_TAB[k + 1];
    double cs = SINCOS_TAB[k + 2];
    double ccs = SINCOS_TAB[k + 3];
    double xx = xr * xr;
    double s = Math.fma(xx * xr, Math.fma(xx, SN5, SN3), dx) + xr;
    double c = Math.fma(dx, xr, xx * Math.fma(Math.fma(xx, CS6, CS4), xx, CS2));
    double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
    return Math.copySign(cor + sn, x);
  }

  private static double doCos(double x, double dx) {
    if (x < 0) {
      dx = -dx;
    }
    double ax = Math.abs(x);
    double u = BIG + ax;
    double xr = ax - (u - BIG) + dx;
    int k = ((int) Double.doubleToRawLongBits(u)) << 2;
    double sn = SINCOS_TAB[k];
    double ssn = SINCOS_TAB[k + 1];
    double cs = SINCOS_TAB[k + 2];
    double ccs = SINCOS_TAB[k + 3];
    double xx = xr * xr;
    double s = Math.fma(xr * xx, Math.fma(xx, SN5, SN3), xr);
    double c = xx * Math.fma(Math.fma(xx, CS6, CS4), xx, CS2);
    double cor = Math.fma(-s, sn, Math.fma(-cs, c, Math.fma(-s, ssn, ccs)));
    return cs + cor;
  }
}
