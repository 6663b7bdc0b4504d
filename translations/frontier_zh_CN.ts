<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutFrontier</name>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="15"/>
        <source>Frontier&apos;s own licence: none has been declared yet.</source>
        <translation>Frontier 自身的许可证：尚未声明。</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="16"/>
        <source>Frontier is released under the %1 licence.</source>
        <translation>Frontier 以 %1 许可证发布。</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="22"/>
        <source>figures quoted from it</source>
        <translation>引用其中的数据</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="23"/>
        <source>licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="29"/>
        <source>Scaling laws</source>
        <translation>缩放规律</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="31"/>
        <source>Data: learning curves, hardware, prices and grid carbon</source>
        <translation>数据：学习曲线、硬件、价格与电网碳强度</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="33"/>
        <source>Single figures quoted from other publications</source>
        <translation>引自其他出版物的单项数据</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="40"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="41"/>
        <source>Frontier tells you how big a language model to train on a given budget, from published scaling laws, hardware prices and grid carbon data.</source>
        <translation>Frontier 依据已发表的缩放规律、硬件价格和电网碳排放数据，告诉你在给定预算下应训练多大的语言模型。</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="44"/>
        <source>Its figures come from these works, each listed once:</source>
        <translation>其数据来自以下著作（每项只列一次）：</translation>
    </message>
    <message>
        <location filename="../ui/window/aboutfrontier.cpp" line="59"/>
        <source>Every figure&apos;s exact source (repository and commit, table or page, date) is recorded beside it in Frontier&apos;s data files, the resources folder of its source code.</source>
        <translation>每个数据的确切来源（仓库与提交、表格或页码、日期）都记录在 Frontier 的数据文件中，即其源代码的 resources 文件夹里。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/cli.cpp" line="27"/>
        <source>List the scaling laws, their constants and sources.</source>
        <translation>列出缩放规律及其常数和来源。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="29"/>
        <source>Predicted loss for a model size, token count, step count or compute.</source>
        <translation>给定模型规模、词元数、步数或算力时的预测损失。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="32"/>
        <source>Compute-optimal model size and tokens for a budget, or the budget for a size.</source>
        <translation>给定预算的算力最优模型规模和词元数，或给定规模所需的预算。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="36"/>
        <source>Fit L(N, D) = E + A/N^alpha + B/D^beta to your own training runs.</source>
        <translation>用你自己的训练记录拟合 L(N, D) = E + A/N^alpha + B/D^beta。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="38"/>
        <source>Training speed of a Transformer-XL on a 2020 GPU (the Hugging Face study).</source>
        <translation>Transformer-XL 在 2020 年 GPU 上的训练速度（Hugging Face 研究）。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="34"/>
        <source>Critical batch at a loss, and what a batch costs in steps and data (Kaplan et al. 2020).</source>
        <translation>某一损失下的临界批量，以及批量在步数和数据上的代价（Kaplan 等 2020）。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="40"/>
        <source>Layers and widths for a law&apos;s optimal size, their exact parameter counts and transformers config.</source>
        <translation>定律最优规模对应的层数与宽度、其确切参数量和 transformers 配置。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="45"/>
        <source>A budget in any unit, a fixed job or a target loss, as model size, time, money, energy and CO2.</source>
        <translation>任意单位的预算、固定任务或目标损失，换算为模型规模、时间、费用、能耗和 CO2。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="47"/>
        <source>The plan as a paragraph for a paper or a model card, with its sources.</source>
        <translation>把计划写成一段可用于论文或模型卡的文字，并附上其来源。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="51"/>
        <source>A chart of the plan, or its data, to PNG, SVG, PDF or CSV (no display needed).</source>
        <translation>把计划的图表或其数据导出为 PNG、SVG、PDF 或 CSV（无需显示器）。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="56"/>
        <source>The same plan on every cloud offer, one row each, sortable.</source>
        <translation>同一方案在每个云报价上的结果，每个一行，可排序。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="59"/>
        <source>List the accelerators with their peak FLOP/s, memory and power.</source>
        <translation>列出加速器及其峰值 FLOP/s、显存和功耗。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="61"/>
        <source>List the dated cloud GPU prices.</source>
        <translation>列出带日期的云 GPU 价格。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="63"/>
        <source>List the grid carbon intensity of cloud regions.</source>
        <translation>列出各云区域电网的碳强度。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="65"/>
        <source>The model of least training + serving cost at a loss, for a lifetime of inference tokens (Sardana et al. 2024).</source>
        <translation>在给定损失下，训练加部署服务总成本最低的模型，按生命周期推理词元数计算（Sardana et al. 2024）。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="67"/>
        <source>Published training runs (GPT-3, Chinchilla, Llama 2, ...) with their sources.</source>
        <translation>已发表的训练运行（GPT-3、Chinchilla、Llama 2 等）及其来源。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="69"/>
        <source>What a token costs once trained: weights, KV cache, GPUs, tokens/s, $, kWh and CO2 per million tokens.</source>
        <translation>训练完成后每个词元的成本：权重、KV 缓存、GPU 数、词元/秒，以及每百万词元的 $、kWh 和 CO2。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="80"/>
        <source>Frontier: how big a language model to train on a given budget.</source>
        <translation>Frontier：给定预算，应训练多大的语言模型。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="81"/>
        <source>Without arguments it opens the window. Subcommands (no display needed):</source>
        <translation>不带参数时打开窗口。子命令（无需显示器）：</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="84"/>
        <source>Numbers are parameters, tokens and FLOPs; 70e9, 70B and 1.4T are all accepted.</source>
        <translation>数值为参数量、词元数和 FLOPs；70e9、70B、1.4T 均可。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="85"/>
        <source>Run &apos;frontier SUBCOMMAND --help&apos; for the options of one subcommand.</source>
        <translation>运行 frontier 子命令 --help 查看该子命令的选项。</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="92"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="152"/>
        <source>%1 draws charts: run it through the frontier program</source>
        <translation>%1 需要绘制图表：请通过 frontier 程序运行它</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="167"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="171"/>
        <source>unknown subcommand &apos;%1&apos;; try &apos;frontier --help&apos;</source>
        <translation>未知子命令“%1”；请运行 frontier --help</translation>
    </message>
    <message>
        <location filename="../cli/cli.cpp" line="178"/>
        <source>cannot start the window program %1: %2; reinstall Frontier, or use a subcommand (see &apos;frontier --help&apos;)</source>
        <translation>无法启动窗口程序 %1：%2；请重新安装 Frontier，或使用子命令（见 &apos;frontier --help&apos;）</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="29"/>
        <location filename="../cli/clilaws.cpp" line="23"/>
        <source>Answer as JSON (numbers in base units).</source>
        <translation>以 JSON 输出（数值为基本单位）。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="88"/>
        <source>Law:               %1</source>
        <translation>规律：              %1</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="89"/>
        <source>Compute:           %1 FLOPs (%2 PF-days)</source>
        <translation>算力：              %1 FLOPs（%2 PF-天）</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="91"/>
        <source>Parameters:        %1</source>
        <translation>参数量：            %1</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="92"/>
        <source>Tokens:            %1 (%2 per parameter)</source>
        <translation>词元数：            %1（每参数 %2 个）</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="95"/>
        <source>Loss:              %1 nats/token</source>
        <translation>损失：              %1 奈特/词元</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="97"/>
        <source>Batch:             %1 tokens</source>
        <translation>批大小：            %1 词元</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="99"/>
        <source>Steps:             %1</source>
        <translation>步数：              %1</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="133"/>
        <source>Model size N, parameters.</source>
        <translation>模型规模 N（参数量）。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="134"/>
        <source>Training tokens D.</source>
        <translation>训练词元数 D。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="135"/>
        <source>Optimizer steps S (Kaplan L(N, S_min)).</source>
        <translation>优化步数 S（Kaplan L(N, S_min)）。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="136"/>
        <source>Compute in PF-days: loss on the frontier.</source>
        <translation>以 PF-天计的算力：前沿上的损失。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="137"/>
        <source>Compute in FLOPs: loss on the frontier.</source>
        <translation>以 FLOPs 计的算力：前沿上的损失。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="139"/>
        <source>Unique tokens U, with --params and --tokens: the run repeats them (a law with repetition terms, e.g. muennighoff2023).</source>
        <translation>唯一词元数 U，与 --params 和 --tokens 一起使用：训练重复使用这些词元（需要含重复项的定律，如 muennighoff2023）。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="153"/>
        <source>--pfdays and --flops: give the compute once</source>
        <translation>--pfdays 与 --flops：算力只能给一次</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="159"/>
        <source>loss: give --params, --tokens, --steps or --pfdays</source>
        <translation>loss：请给出 --params、--tokens、--steps 或 --pfdays</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="182"/>
        <source>%1 nats/token (%2)</source>
        <translation>%1 奈特/词元（%2）</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="194"/>
        <source>Training budget in FLOPs.</source>
        <translation>以 FLOPs 计的训练预算。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="195"/>
        <source>Training budget in PF-days.</source>
        <translation>以 PF-天计的训练预算。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="196"/>
        <source>Model size: the budget at which it is optimal.</source>
        <translation>模型规模：求其为最优时的预算。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="198"/>
        <source>Unique tokens there are, with --flops or --pfdays: the best run that repeats them (a law with repetition terms, e.g. muennighoff2023).</source>
        <translation>现有的唯一词元数，与 --flops 或 --pfdays 一起使用：重复使用这些词元的最佳训练（需要含重复项的定律，如 muennighoff2023）。</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="209"/>
        <source>optimum: give exactly one of --flops, --pfdays, --params</source>
        <translation>optimum：--flops、--pfdays、--params 三者只能给一个</translation>
    </message>
    <message>
        <location filename="../cli/clilaws.cpp" line="211"/>
        <source>optimum: --unique-tokens goes with a budget (--flops or --pfdays), not --params</source>
        <translation>optimum：--unique-tokens 需与预算（--flops 或 --pfdays）一起使用，不能与 --params 一起使用</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="30"/>
        <source>Loss in nats/token.</source>
        <translation>损失（奈特/词元）。</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="31"/>
        <source>Your batch in tokens per step: shows S/S_min and E/E_min.</source>
        <translation>每步的批量（词元）：显示 S/S_min 与 E/E_min。</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="33"/>
        <source>Steps trained at --batch: shows the tokens and the least steps and tokens that reach the same loss.</source>
        <translation>以 --batch 训练的步数：显示处理的词元，以及达到同一损失所需的最少步数和最少词元。</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="40"/>
        <source>--loss: missing</source>
        <translation>--loss：缺失</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="44"/>
        <source>--steps: needs --batch, the tokens of each step</source>
        <translation>--steps：需要 --batch，即每步的词元数</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="49"/>
        <source>B_crit(L) = B_*/L^(1/alpha_B) is Kaplan et al. 2020&apos;s fit (Eq. 5.3) to the loss in nats/token on WebText2; a loss measured on other data is on another scale.</source>
        <translation>B_crit(L) = B_*/L^(1/alpha_B) 是 Kaplan 等 2020 对 WebText2 上以奈特/词元计的损失所作的拟合（式 5.3）；在其他数据上测得的损失尺度不同。</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="77"/>
        <source>Critical batch at loss %1: %2 tokens</source>
        <translation>损失为 %1 时的临界批大小：%2 词元</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="79"/>
        <source>At a batch of %1 tokens: %2 x the least steps, %3 x the least tokens</source>
        <translation>批量为 %1 词元时：步数为最少步数的 %2 倍，词元为最少词元的 %3 倍</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="82"/>
        <source>Twice the batch: %1 x the steps, %2 x the tokens</source>
        <translation>批量加倍：步数 × %1，词元 × %2</translation>
    </message>
    <message>
        <location filename="../cli/clibatch.cpp" line="87"/>
        <source>%1 steps process %2 tokens; the same loss takes at least %3 steps or %4 tokens</source>
        <translation>%1 步处理 %2 词元；达到同一损失至少需要 %3 步或 %4 词元</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="25"/>
        <source>Training runs: parameters, tokens or FLOPs, loss.</source>
        <translation>训练记录：参数量、词元数或 FLOPs、损失。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="26"/>
        <source>hoffmann (default) or epoch-mle.</source>
        <translation>hoffmann（默认）或 epoch-mle。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="28"/>
        <source>Leave out the K highest-loss runs.</source>
        <translation>剔除损失最高的 K 条记录。</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="18"/>
        <location filename="../cli/clifitspeed.cpp" line="30"/>
        <location filename="../cli/clifitspeed.cpp" line="96"/>
        <location filename="../cli/cliplanoptions.cpp" line="78"/>
        <source>Answer as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="42"/>
        <source>--exclude-highest: expected a whole number &gt;= 0, got &apos;%1&apos;</source>
        <translation>--exclude-highest：应为 ≥ 0 的整数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="71"/>
        <source>L(N, D) = E + A/N^alpha + B/D^beta fitted to %1 runs (%2):</source>
        <translation>用 %1 条记录拟合 L(N, D) = E + A/N^alpha + B/D^beta（%2）：</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="77"/>
        <source>  objective %1; %2 starts, %3 failed</source>
        <translation>  目标函数 %1；共 %2 个起点，%3 个失败</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="90"/>
        <source>V100, P100, P4 or K80.</source>
        <translation>V100、P100、P4 或 K80。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="91"/>
        <source>Mixed precision: O0, O1 or O2.</source>
        <translation>混合精度：O0、O1 或 O2。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="93"/>
        <source>d_model.</source>
        <translation>d_model（宽度）。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="94"/>
        <source>Number of layers.</source>
        <translation>层数。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="95"/>
        <source>Sequences per GPU (default: the study&apos;s).</source>
        <translation>每块 GPU 的序列数（默认：原研究的取值）。</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="100"/>
        <source>--gpu: missing; one of V100, P100, P4, K80</source>
        <translation>--gpu：缺失；可选 V100、P100、P4、K80</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="111"/>
        <source>--width: missing</source>
        <translation>--width：缺失</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="113"/>
        <source>--depth: missing</source>
        <translation>--depth：缺失</translation>
    </message>
    <message>
        <location filename="../cli/clifitspeed.cpp" line="128"/>
        <source>%1 (%2), %3 layers x width %4, batch %5: %6 non-embedding FLOP/s</source>
        <translation>%1（%2），%3 层 × 宽度 %4，批 %5：每秒 %6 次非嵌入 FLOP</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="68"/>
        <location filename="../cli/clioptions.cpp" line="89"/>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1：应为数字，实际为“%2”</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="70"/>
        <source>%1: must be positive, got %2</source>
        <translation>%1：必须为正数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="91"/>
        <source>%1: must not be negative, got %2</source>
        <translation>%1：不能为负数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="103"/>
        <source>--%1: expected a whole number from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1：应为 %2 到 %3 之间的整数，实际为“%4”</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="120"/>
        <source>--%1: given more than once; give it once</source>
        <translation>--%1：给出了不止一次；请只给一次</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="125"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="127"/>
        <source>missing argument: %1</source>
        <translation>缺少参数：%1</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="133"/>
        <source>--%1 and --%2: choose one</source>
        <translation>--%1 与 --%2：只能选一个</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="138"/>
        <source>Scaling law id (see &apos;frontier laws&apos;).</source>
        <translation>缩放定律 id（见 frontier laws）。</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="139"/>
        <source>Override a constant of the law, e.g. alpha=0.34 (repeatable).</source>
        <translation>覆盖规律中的常数，例如 alpha=0.34（可重复）。</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="161"/>
        <source>--law: missing; choose one of &apos;frontier laws&apos;</source>
        <translation>--law：缺失；请从 frontier laws 中选择</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="149"/>
        <source>--set: expected NAME=VALUE, got &apos;%1&apos;</source>
        <translation>--set：应为 名称=数值，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../cli/clioptions.cpp" line="152"/>
        <source>--set %1: expected a number after &apos;=&apos;</source>
        <translation>--set %1：“=”后应为数字</translation>
    </message>
    <message>
        <location filename="../cli/clioutput.cpp" line="75"/>
        <source>frontier: warning: %1</source>
        <translation>frontier：警告：%1</translation>
    </message>
    <message>
        <location filename="../cli/clioutput.cpp" line="99"/>
        <source>unknown (no price)</source>
        <translation>未知（无价格）</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="36"/>
        <source>--tokens: the reference is compute-optimal, its tokens follow from the law; give --params N, --target-loss L or --budget X --unit UNIT</source>
        <translation>--tokens：参照模型是算力最优的，其词元数由定律决定；请给出 --params N、--target-loss L 或 --budget X --unit UNIT</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="39"/>
        <source>give exactly one of --params N, --target-loss L or --budget X --unit UNIT</source>
        <translation>请只给出 --params N、--target-loss L 或 --budget X --unit UNIT 中的一项</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="51"/>
        <source>--budget: a budget in %1 needs the training setup: give --gpu ID</source>
        <translation>--budget：以 %1 计的预算需要训练配置：请给出 --gpu ID</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="92"/>
        <source>--serving-mfu: must be in (0, 1]</source>
        <translation>--serving-mfu：必须在 (0, 1] 内</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="112"/>
        <source>--serving-model: expected decode or sardana-mfu, got &apos;%1&apos;</source>
        <translation>--serving-model：应为 decode 或 sardana-mfu，实为“%1”</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="114"/>
        <source>--serving-mfu and --serving-precision belong to --serving-model sardana-mfu; the decode model takes --serving-bits, --serving-context and --serving-batch</source>
        <translation>--serving-mfu 和 --serving-precision 属于 --serving-model sardana-mfu；解码模型使用 --serving-bits、--serving-context 和 --serving-batch</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="187"/>
        <source>  %1 parameters, %2 tokens (%3 per parameter), loss %4</source>
        <translation>  %1 参数，%2 词元（每参数 %3 个），损失 %4</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="190"/>
        <source>  training %1 + serving %2 = %3 FLOPs</source>
        <translation>  训练 %1 + 部署服务 %2 = %3 FLOPs</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="207"/>
        <source>Tokens the model will serve over its life (prompts and answers).</source>
        <translation>模型在其生命周期内要处理的词元数（提示与回答）。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="208"/>
        <source>Accelerator that serves the model; default: the training --gpu.</source>
        <translation>用于部署服务的加速器；默认：训练用的 --gpu。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="209"/>
        <source>Cloud offer for the serving price; default: the training offer on the same GPU, else the cheapest.</source>
        <translation>用于部署服务价格的云报价；默认：同一 GPU 上的训练报价，否则取最便宜的。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="210"/>
        <source>Your own serving price in USD per GPU-hour.</source>
        <translation>您自己的部署服务价格，单位为美元/GPU·小时。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="211"/>
        <source>Serving precision for the peak FLOP/s: bf16, fp16 or fp8.</source>
        <translation>部署服务时峰值 FLOP/s 所用的精度：bf16、fp16 或 fp8。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="212"/>
        <source>Serving MFU, in (0, 1]; default: Sardana et al. 2024&apos;s request of 70 prompt tokens at 50 % and 215 answer tokens at 1 %.</source>
        <translation>部署服务的 MFU，在 (0, 1] 内；默认：Sardana et al. 2024 的请求，70 个提示词元按 50 %、215 个回答词元按 1 %。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="213"/>
        <source>What prices a served token: decode (default; memory bandwidth and compute, as frontier serve) or sardana-mfu (Sardana et al.&apos;s MFU; chosen by --serving-mfu or --serving-precision).</source>
        <translation>部署词元的计价方式：decode（默认；按显存带宽和算力，与 frontier serve 相同）或 sardana-mfu（Sardana 等人的 MFU；给出 --serving-mfu 或 --serving-precision 时选用）。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="214"/>
        <source>Decode model: bits per served weight (default 16).</source>
        <translation>解码模型：部署时每个权重的位数（默认 16）。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="215"/>
        <source>Decode model: context length in tokens (default 4096).</source>
        <translation>解码模型：上下文长度，单位为词元（默认 4096）。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="216"/>
        <source>Decode model: sequences decoded together (default 1).</source>
        <translation>解码模型：同时解码的序列数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="217"/>
        <source>What the printed least lifetime cost minimises: flops, usd, kwh or co2 (default: usd with a --gpu, else flops); --json lists every optimum.</source>
        <translation>打印的最低全周期成本所最小化的量：flops、usd、kwh 或 co2（默认：给出 --gpu 时为 usd，否则为 flops）；--json 列出每个最优解。</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="223"/>
        <source>--inference-tokens: missing; the tokens the model will serve over its life</source>
        <translation>--inference-tokens：缺失；即模型在其生命周期内要处理的词元数</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="337"/>
        <source>--objective: expected flops, usd, kwh or co2, got &apos;%1&apos;</source>
        <translation>--objective：应为 flops、usd、kwh 或 co2，实为“%1”</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="340"/>
        <source>--objective co2: the setup has no grid intensity; give --grid</source>
        <translation>--objective co2：该配置没有电网碳强度；请给出 --grid</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="341"/>
        <source>--objective %1: needs the training setup; give --gpu ID</source>
        <translation>--objective %1：需要训练配置；请给出 --gpu ID</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="352"/>
        <location filename="../cli/cliplan.cpp" line="145"/>
        <source>Law:            %1</source>
        <translation>定律：          %1</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="353"/>
        <source>Serving:        %1 tokens over the model&apos;s life (Sardana et al. 2024)</source>
        <translation>部署服务：      模型生命周期内 %1 词元（Sardana et al. 2024）</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="354"/>
        <source>Least lifetime compute:</source>
        <translation>生命周期计算量最低：</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="355"/>
        <source>Compute-optimal at the same loss:</source>
        <translation>相同损失下的算力最优模型：</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="356"/>
        <source>Saving:         %1 % of the lifetime FLOPs</source>
        <translation>节省：          生命周期 FLOPs 的 %1 %</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="359"/>
        <source>Served tokens:  priced by the decode model of frontier serve (the serving GPU&apos;s memory bandwidth and compute); --serving-model sardana-mfu prices them at Sardana et al.&apos;s MFU</source>
        <translation>部署词元：  按 frontier serve 的解码模型计价（部署 GPU 的显存带宽和算力）；--serving-model sardana-mfu 则按 Sardana 等人的 MFU 计价</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="361"/>
        <source>Served tokens:  priced at Sardana et al. 2024&apos;s serving MFU; --serving-model decode prices them as frontier serve does</source>
        <translation>部署词元：  按 Sardana 等人 2024 年的部署 MFU 计价；--serving-model decode 则按 frontier serve 的方式计价</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="369"/>
        <source>%1 CO2</source>
        <translation>%1 CO2</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="374"/>
        <source>Least lifetime cost</source>
        <translation>最低全周期成本</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="375"/>
        <source>Least lifetime energy</source>
        <translation>最低全周期能耗</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="376"/>
        <source>Least lifetime CO2</source>
        <translation>最低全周期 CO2</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="377"/>
        <source>%1: %2 parameters, %3 tokens; training %4 + serving %5 = %6</source>
        <translation>%1：%2 参数，%3 词元；训练 %4 + 部署 %5 = %6</translation>
    </message>
    <message>
        <location filename="../cli/cliinference.cpp" line="381"/>
        <source>Compute-optimal:     training %1 + serving %2 = %3; saving %4 %</source>
        <translation>算力最优：           训练 %1 + 部署服务 %2 = %3；节省 %4 %</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="147"/>
        <source>Target:         a loss of %1 nats/token: the cheapest compute-optimal run that reaches it</source>
        <translation>目标：          损失 %1 奈特/词元：达到它的最便宜的计算最优运行</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="149"/>
        <source>Model:          %1 parameters, %2 tokens (%3 per parameter)</source>
        <translation>模型：          %1 参数，%2 词元（每参数 %3 个）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="151"/>
        <source>Compute:        %1 FLOPs (%2 PF-days)</source>
        <translation>算力：          %1 FLOPs（%2 PF-天）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="153"/>
        <source>Loss:           %1 nats/token</source>
        <translation>损失：          %1 奈特/词元</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="155"/>
        <source>Experts:        %1 per layer, %2 per token: %3 parameters in all, %4 per token</source>
        <translation>专家：          每层 %1 个，每个词元 %2 个：共 %3 参数，每个词元 %4</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="160"/>
        <source>Loss:           not predicted: %1</source>
        <translation>损失：          无预测：%1</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="163"/>
        <source>Hardware:       %1 x %2 (%3)</source>
        <translation>硬件：          %1 × %2（%3）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="169"/>
        <source>Shape:          Transformer-XL of %1 layers of %2 dimensions, or %3 layers of %4 (the 2020 calculator&apos;s)</source>
        <translation>形状：          Transformer-XL，%1 层、每层 %2 维，或 %3 层、每层 %4 维（2020 年计算器给出）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="174"/>
        <source>Time:           %1 GPU-hours, %2 h wall clock (%3 days)</source>
        <translation>时间：          %1 GPU·小时，墙钟 %2 小时（%3 天）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="178"/>
        <source> at %1 (%2)</source>
        <translation>，报价 %1（%2）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="179"/>
        <source>Cost:           %1</source>
        <translation>费用：          %1</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="180"/>
        <source>Energy:         %1 kWh (PUE %2)</source>
        <translation>能耗：          %1 kWh（PUE %2）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="182"/>
        <source>CO2:            %1 kg at %2 g/kWh (%3)</source>
        <translation>CO2：           %1 kg，电网 %2 g/kWh（%3）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="186"/>
        <source>                like %1 km by car, %2 London-New York flights, %3 tree seedlings grown a year</source>
        <translation>                相当于驾车 %1 km、伦敦—纽约航班 %2 次、%3 棵树苗生长一年</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="191"/>
        <source>Batch:          %1 tokens a step: %2 steps (%3 x the least, %4 x the least tokens)</source>
        <translation>批量：          每步 %1 词元：%2 步（最少步数的 %3 倍，最少词元的 %4 倍）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="194"/>
        <source>                critical batch %1 tokens at the plan&apos;s loss %2 (Kaplan et al. 2020)</source>
        <translation>                计划损失 %2 下的临界批量为 %1 词元（Kaplan 等 2020）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="195"/>
        <source>                critical batch %1 tokens at loss %2, Kaplan&apos;s L(N, D) for this N and D (B_crit was fitted to Kaplan&apos;s WebText2 loss)</source>
        <translation>                损失 %2 下的临界批量为 %1 词元，该损失为 Kaplan 的 L(N, D) 在此 N 和 D 下的值（B_crit 是按 Kaplan 的 WebText2 损失拟合的）</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="202"/>
        <source>; fits on %1 GPUs with ZeRO-%2</source>
        <translation>；用 %1 块 GPU、ZeRO-%2 可容纳</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="204"/>
        <source>Memory:         %1 GB per GPU of %2 GB usable: %3</source>
        <translation>显存：          每块 GPU %1 GB，可用 %2 GB：%3</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="235"/>
        <source>Compared:       %1</source>
        <translation>对比：          %1</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="42"/>
        <source>The budget, in the unit given by --unit.</source>
        <translation>预算，单位由 --unit 指定。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="43"/>
        <source>Unit of --budget: usd, gpu-hours, hours, days, flops, pfdays, kwh or kgco2.</source>
        <translation>--budget 的单位：usd、gpu-hours、hours、days、flops、pfdays、kwh 或 kgco2。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="44"/>
        <source>A fixed job instead of a budget: model size in parameters (with --tokens).</source>
        <translation>以固定任务代替预算：模型参数量（与 --tokens 一起）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="45"/>
        <source>A fixed job instead of a budget: training tokens (with --params).</source>
        <translation>以固定任务代替预算：训练词元数（与 --params 一起）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="46"/>
        <source>Instead of a budget or a job: the cheapest compute-optimal run that reaches this loss (nats/token).</source>
        <translation>代替预算或任务：达到此损失（奈特/词元）的最便宜的计算最优运行。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="47"/>
        <source>Accelerator id (see &apos;frontier gpus&apos;).</source>
        <translation>加速器 ID（见 frontier gpus）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="48"/>
        <source>Number of GPUs training together (default 1).</source>
        <translation>同时训练的 GPU 数量（默认 1）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="49"/>
        <source>Cloud offer id for the price (see &apos;frontier offers&apos;); default: the cheapest.</source>
        <translation>用于定价的云报价 ID（见 frontier offers）；默认取最便宜的。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="50"/>
        <source>Your own price in USD per GPU-hour instead of an offer&apos;s.</source>
        <translation>自定义价格（美元/GPU 小时），代替报价。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="51"/>
        <source>Offer price basis: on-demand, 1y or 3y.</source>
        <translation>报价计费方式：on-demand、1y 或 3y。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="52"/>
        <source>Training precision for the peak FLOP/s: bf16, fp16, tf32, fp32 or fp8.</source>
        <translation>决定峰值 FLOP/s 的训练精度：bf16、fp16、tf32、fp32 或 fp8。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="53"/>
        <source>Mixed precision of the 2020 GPUs (V100, P100, P4, K80): O0, O1 or O2.</source>
        <translation>2020 年 GPU（V100、P100、P4、K80）的混合精度：O0、O1 或 O2。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="54"/>
        <source>Model FLOPs utilisation, in (0, 1].</source>
        <translation>模型 FLOPs 利用率，取值 (0, 1]。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="55"/>
        <source>Peak FLOP/s per GPU, instead of the catalogue&apos;s.</source>
        <translation>每个 GPU 的峰值 FLOP/s，代替目录中的值。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="56"/>
        <source>Power per GPU in watts, instead of its TDP.</source>
        <translation>每个 GPU 的功率（瓦），代替其 TDP。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="57"/>
        <source>Average draw as a fraction of the watts, in (0, 1].</source>
        <translation>平均功耗占该功率的比例，取值 (0, 1]。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="58"/>
        <source>Data-centre power usage effectiveness, at least 1.</source>
        <translation>数据中心能源使用效率（PUE），至少为 1。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="59"/>
        <source>Billed over useful GPU time (restarts, evaluation), at least 1.</source>
        <translation>计费时间与有效 GPU 时间之比（重启、评估），至少为 1。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="60"/>
        <source>Cloud region for the grid&apos;s carbon intensity (see &apos;frontier regions&apos;).</source>
        <translation>用于电网碳强度的云区域（见 frontier regions）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="61"/>
        <source>Dataset --region is read from: mlco2 or codecarbon.</source>
        <translation>读取 --region 的数据集：mlco2 或 codecarbon。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="62"/>
        <source>Grid carbon intensity in g CO2eq per kWh, instead of a region&apos;s.</source>
        <translation>电网碳强度（克 CO2 当量/千瓦时），代替区域的值。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="63"/>
        <source>Country (ISO 3166 alpha-3) for the grid&apos;s carbon intensity.</source>
        <translation>用于电网碳强度的国家（ISO 3166 三字母代码）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="64"/>
        <source>Electricity price in USD per kWh (on-premise bill).</source>
        <translation>电价（美元/千瓦时，自建机房电费）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="65"/>
        <source>ZeRO stage 0-3 for the memory check.</source>
        <translation>显存检查所用的 ZeRO 阶段 0-3。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="66"/>
        <source>Sequences per GPU per micro-step, for the memory check.</source>
        <translation>每个 GPU 每个微步的序列数，用于显存检查。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="67"/>
        <source>Sequence length in tokens, for the memory check.</source>
        <translation>序列长度（词元），用于显存检查。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="68"/>
        <source>Activation recomputation: none, selective or full.</source>
        <translation>激活重计算：none、selective 或 full。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="69"/>
        <source>Tokens per optimizer step: the plan then has its steps and Kaplan et al. 2020&apos;s critical batch.</source>
        <translation>每个优化器步的词元数：计划随之给出步数和 Kaplan 等 2020 的临界批量。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="70"/>
        <source>A mixture of experts: E experts per layer in place of each MLP (with --top-k).</source>
        <translation>混合专家：每层用 E 个专家替代各 MLP（与 --top-k 一起使用）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="71"/>
        <source>A mixture of experts: the experts each token is routed to (with --experts).</source>
        <translation>混合专家：每个词元路由到的专家数（与 --experts 一起使用）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="72"/>
        <source>Unique tokens there are: the plan repeats them (a law with repetition terms, e.g. muennighoff2023).</source>
        <translation>现有的唯一词元数：计划将重复使用它们（需要含重复项的定律，如 muennighoff2023）。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="80"/>
        <source>Your own offers or accelerators (CSV or JSON, docs/user-catalogs.md), merged over the built-in ones: a row with a known id replaces it. Repeatable.</source>
        <translation>您自己的报价或加速器（CSV 或 JSON，见 docs/user-catalogs.md），合并到内置目录之上：id 已存在的行将替换原行。可重复使用。</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="111"/>
        <source>--target-loss: the plan is the cheapest run that reaches the loss; give it without --budget, --unit, --params or --tokens</source>
        <translation>--target-loss：计划是达到该损失的最便宜运行；请勿同时给出 --budget、--unit、--params 或 --tokens</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="117"/>
        <source>give either --budget X --unit UNIT, --params N --tokens D or --target-loss L</source>
        <translation>请给出 --budget X --unit UNIT、--params N --tokens D 或 --target-loss L 之一</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="179"/>
        <source>--experts and --top-k go together: a mixture of experts needs both</source>
        <translation>--experts 与 --top-k 需一起使用：混合专家两者都需要</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="185"/>
        <source>--%1: expected a whole number from 1 to 100000, got &apos;%2&apos;</source>
        <translation>--%1：应为 1 到 100000 的整数，得到 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="236"/>
        <source>--session and --%1: the session file holds the whole plan; edit the file or give the plan as options, not both</source>
        <translation>--session 与 --%1：会话文件已包含完整方案；请编辑该文件，或以选项给出方案，不要同时使用</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="247"/>
        <source>--session: the session chooses no GPU (hardware.gpu is empty)</source>
        <translation>--session：会话未选择 GPU（hardware.gpu 为空）</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="262"/>
        <source>Plan the inputs saved in a session file (File &gt; Save in the window; examples in docs/examples/). No option that changes the plan may go with it; --catalog may.</source>
        <translation>按会话文件中保存的输入做规划（窗口中的“文件 &gt; 保存”；示例见 docs/examples/）。不能同时给出改变规划的选项；--catalog 可以。</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="169"/>
        <location filename="../cli/cliplan.cpp" line="200"/>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../cli/cliplan.cpp" line="200"/>
        <source>DOES NOT FIT</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="46"/>
        <source>--sort: unknown column &apos;%1&apos;; one of %2</source>
        <translation>--sort：未知列“%1”；可选 %2</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="120"/>
        <source>--unit: missing; one of usd, gpu-hours, hours, days, flops, pfdays, kwh, kgco2</source>
        <translation>--unit：缺失；可选 usd、gpu-hours、hours、days、flops、pfdays、kwh、kgco2</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="125"/>
        <source>a fixed job needs both --params and --tokens</source>
        <translation>固定任务需要同时给出 --params 与 --tokens</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="147"/>
        <source>--mfu: must be in (0, 1], got %1</source>
        <translation>--mfu：必须在 (0, 1] 之间，实际为 %1</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="152"/>
        <source>--power-fraction: must be in (0, 1], got %1</source>
        <translation>--power-fraction：必须在 (0, 1] 之间，实际为 %1</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="160"/>
        <source>--grid-dataset has no effect without --region</source>
        <translation>没有 --region 时 --grid-dataset 不起作用</translation>
    </message>
    <message>
        <location filename="../cli/cliplanoptions.cpp" line="225"/>
        <location filename="../cli/cliserve.cpp" line="97"/>
        <source>--gpu: missing; see &apos;frontier gpus&apos;</source>
        <translation>--gpu：缺失；见 frontier gpus</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="81"/>
        <source>Answer as CSV.</source>
        <translation>以 CSV 输出。</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="83"/>
        <source>Column to sort by: cost, time, energy, co2, loss, pareto or any CSV column (default: loss for a budget, cost for a job). The offers the model fits on come first, unless sorting by fits_in_memory.</source>
        <translation>排序所依据的列：cost、time、energy、co2、loss、pareto 或任一 CSV 列（默认：按预算时为 loss，按任务时为 cost）。能装下模型的报价排在前面，除非按 fits_in_memory 排序。</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="87"/>
        <source>Sort from the largest value down.</source>
        <translation>从大到小排序。</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="94"/>
        <source>--offer: compare runs on every offer; leave it out</source>
        <translation>--offer：compare 会遍历所有报价，请勿指定</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="168"/>
        <source>offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="168"/>
        <source>$/GPU-h</source>
        <translation>美元/GPU·时</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="99"/>
        <location filename="../cli/clicompare.cpp" line="168"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="168"/>
        <location filename="../cli/cliruns.cpp" line="121"/>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="169"/>
        <source>wall h</source>
        <translation>墙钟小时</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="66"/>
        <location filename="../cli/clicompare.cpp" line="169"/>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="68"/>
        <source>wall-clock time</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="70"/>
        <location filename="../cli/clicompare.cpp" line="169"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="168"/>
        <location filename="../cli/cliruns.cpp" line="121"/>
        <source>tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="168"/>
        <source>D/N</source>
        <translation>D/N</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="169"/>
        <source>kg CO2</source>
        <translation>kg CO2</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="174"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="174"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="184"/>
        <source>* on the Pareto front of %1 against %2: no other row is better on one and as good on the other</source>
        <extracomment>the footnote of the &apos;*&apos; column; %1 and %2 are &quot;cost&quot;, &quot;wall-clock time&quot; or &quot;loss&quot;</extracomment>
        <translation>* 位于 %1 与 %2 的 Pareto 前沿：没有其他行在一项上更优且在另一项上不差</translation>
    </message>
    <message>
        <location filename="../cli/clicompare.cpp" line="188"/>
        <source>%1 offers or GPUs left out (run with --json to see why)</source>
        <translation>有 %1 个报价或 GPU 被略去（用 --json 查看原因）</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="54"/>
        <location filename="../cli/clicatalogs.cpp" line="99"/>
        <location filename="../cli/cliruns.cpp" line="121"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="54"/>
        <source>bf16 TFLOP/s</source>
        <translation>bf16 TFLOP/s</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="54"/>
        <source>memory GB</source>
        <translation>显存 GB</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="55"/>
        <source>TDP W</source>
        <translation>TDP 瓦</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="55"/>
        <source>offers</source>
        <translation>报价数</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="72"/>
        <source>Only the offers for this GPU.</source>
        <translation>只列出此 GPU 的报价。</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="99"/>
        <source>on-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="99"/>
        <source>1y</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="99"/>
        <source>3y</source>
        <translation>3 年</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="107"/>
        <source>USD per GPU-hour, as dated; hyperscaler prices include the host&apos;s share.</source>
        <translation>单位为每 GPU·小时美元，以所注日期为准；超大规模云厂商的价格含主机分摊。</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="114"/>
        <source>mlco2 or codecarbon (default: both).</source>
        <translation>mlco2 或 codecarbon（默认两者都列）。</translation>
    </message>
    <message>
        <location filename="../cli/clicatalogs.cpp" line="147"/>
        <source>g CO2eq per kWh. The datasets disagree for the same region: pick one with --grid-dataset.</source>
        <translation>单位为每 kWh 的 g CO2 当量。两套数据对同一地区并不一致：请用 --grid-dataset 选定其一。</translation>
    </message>
    <message>
        <location filename="../cli/clireport.cpp" line="23"/>
        <source>md (Markdown, the default) or latex.</source>
        <translation>md（Markdown，默认）或 latex。</translation>
    </message>
    <message>
        <location filename="../cli/clireport.cpp" line="33"/>
        <source>--format: expected md or latex, got &apos;%1&apos;</source>
        <translation>--format：应为 md 或 latex，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="40"/>
        <source>--size: expected WIDTHxHEIGHT in pixels, e.g. 1200x800, got &apos;%1&apos;</source>
        <translation>--size：应为以像素计的 宽x高，例如 1200x800，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="82"/>
        <source>What to draw: loss, allocation, compare (the offers&apos; bar chart), pareto (their scatter) or table (the comparison as CSV).</source>
        <translation>要绘制的内容：loss、allocation、compare（各报价的条形图）、pareto（它们的散点图）或 table（比较表，CSV）。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="86"/>
        <source>The file to write; its suffix (.png, .svg, .pdf, .csv) is the format.</source>
        <translation>要写入的文件；其后缀（.png、.svg、.pdf、.csv）决定格式。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="88"/>
        <source>Width x height in pixels (default 1200x800).</source>
        <translation>宽 x 高，单位为像素（默认 1200x800）。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="91"/>
        <source>Pixels per pixel of --size in a PNG, 1 to 4 (default 1).</source>
        <translation>PNG 中 --size 每个像素对应的像素数，1 到 4（默认 1）。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="94"/>
        <source>The bars of --chart compare: cost, time, energy, co2 or loss (default: loss for a budget, cost for a job).</source>
        <translation>--chart compare 的条形指标：cost、time、energy、co2 或 loss（默认：按预算时为 loss，固定任务时为 cost）。</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="104"/>
        <source>--chart: expected loss, allocation, compare, pareto or table, got &apos;%1&apos;</source>
        <translation>--chart：应为 loss、allocation、compare、pareto 或 table，得到“%1”</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="114"/>
        <source>--chart table: the comparison table is written as CSV; use a .csv file</source>
        <translation>--chart table：比较表只能写成 CSV；请使用 .csv 文件</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="123"/>
        <source>--metric: only --chart compare draws bars of a metric</source>
        <translation>--metric：只有 --chart compare 会按指标绘制条形</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="107"/>
        <source>--out: missing; the file to write</source>
        <translation>--out：缺失；请给出要写入的文件</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="73"/>
        <source>--metric: expected one of %1, got &apos;%2&apos;</source>
        <translation>--metric：应为 %1 之一，得到“%2”</translation>
    </message>
    <message>
        <location filename="../ui/export/exportcommand.cpp" line="112"/>
        <source>--out: &apos;%1&apos; has no known suffix; use .png, .svg, .pdf or .csv</source>
        <translation>--out：“%1”的后缀无法识别；请使用 .png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="79"/>
        <source>Compare the plan with this published run (see frontier runs; default %1).</source>
        <translation>将计划与此已发表的运行对比（见 frontier runs；默认 %1）。</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="108"/>
        <source>Answer as JSON (numbers in base units; null where unpublished).</source>
        <translation>以 JSON 作答（数值用基本单位；未发表处为 null）。</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="122"/>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="122"/>
        <source>GPU-hours</source>
        <translation>GPU·小时</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="122"/>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="122"/>
        <source>t CO2</source>
        <translation>吨 CO2</translation>
    </message>
    <message>
        <location filename="../cli/cliruns.cpp" line="138"/>
        <source>* 6ND (no FLOPs printed). &apos;-&apos;: not published, or not read in a source. Sources: frontier runs --json</source>
        <translation>* 6ND（未给出 FLOPs）。“-”：未发表，或未能在来源中读到。来源：frontier runs --json</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="34"/>
        <source>Parameters used per token, for a sparse (mixture-of-experts) model; default: all of them.</source>
        <translation>稀疏（混合专家）模型每个词元使用的参数；默认：全部参数。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="35"/>
        <source>Bits per weight: 16, 8, 4 or any value up to 32 (default 16).</source>
        <translation>每权重位数：16、8、4 或不超过 32 的任意值（默认 16）。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="36"/>
        <source>Share of the weights pruned away, from 0 up to (not including) 1 (default 0).</source>
        <translation>剪枝去掉的权重比例，从 0 到 1（不含 1）（默认 0）。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="37"/>
        <source>Context length in tokens, whose KV cache each sequence holds (default 4096).</source>
        <translation>上下文长度（词元），每个序列保存其 KV 缓存（默认 4096）。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="38"/>
        <source>Sequences decoded together (default 1).</source>
        <translation>同时解码的序列数（默认 1）。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="39"/>
        <source>Your measured loss increase from the compression, added to the plan&apos;s loss (nats/token).</source>
        <translation>您实测的压缩导致的损失增加，加到计划的损失上（奈特/词元）。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="40"/>
        <source>The served model&apos;s layers (default: a Llama-style shape for its size).</source>
        <translation>部署模型的层数（默认：按其规模取 Llama 式形状）。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="41"/>
        <source>Its key-value heads.</source>
        <translation>其键值头数。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="42"/>
        <source>Its width per head.</source>
        <translation>其每个头的宽度。</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="53"/>
        <source>--%1: expected a number, got &apos;%2&apos;</source>
        <translation>--%1：应为数字，得到 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="64"/>
        <location filename="../cli/clishape.cpp" line="35"/>
        <source>--%1: expected a whole number from 1 to 1000000, got &apos;%2&apos;</source>
        <translation>--%1：应为 1 到 1000000 之间的整数，得到的是“%2”</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="135"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="227"/>
        <source>Model:          %1 parameters (%2 per token), %3 layers, %4 KV heads x %5</source>
        <translation>模型：          %1 参数（每个词元 %2），%3 层，%4 个 KV 头 x %5</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="230"/>
        <source>Weights:        %1 at %2 bits (16 bits: %3, 8 bits: %4, 4 bits: %5)</source>
        <translation>权重：          %2 位时 %1（16 位：%3，8 位：%4，4 位：%5）</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="234"/>
        <source>KV cache:       %1 for a batch of %2 x %3 tokens</source>
        <translation>KV 缓存：       %1，批量 %2 x %3 词元</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="237"/>
        <source>GPUs:           %1 x %2 (%3 usable each)</source>
        <translation>GPU：           %1 x %2（每块可用 %3）</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="239"/>
        <source>Decode:         %1 tokens/s, bound by memory bandwidth (compute allows %2)</source>
        <translation>解码：          %1 词元/秒，受内存带宽限制（算力允许 %2）</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="240"/>
        <source>Decode:         %1 tokens/s, bound by compute (memory allows %2)</source>
        <translation>解码：          %1 词元/秒，受算力限制（内存允许 %2）</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="244"/>
        <source>Per 1M tokens:  %1, %2, %3 CO2</source>
        <translation>每百万词元：    %1，%2，%3 CO2</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="245"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="247"/>
        <source>no grid</source>
        <translation>无电网数据</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="249"/>
        <source>Loss:           %1%2</source>
        <translation>损失：          %1%2</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="250"/>
        <source> (with your penalty of %1)</source>
        <translation>（含您给出的损失增加 %1）</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="251"/>
        <source>Compression:    %1 (%2)</source>
        <translation>压缩：          %1（%2）</translation>
    </message>
    <message>
        <location filename="../cli/cliserve.cpp" line="253"/>
        <source>Assumptions:    --json lists every figure used with its source.</source>
        <translation>假设：          --json 列出所用的每个数值及其来源。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="43"/>
        <source>--%1: missing</source>
        <translation>--%1：缺失</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="61"/>
        <source>--count counts the shape typed: --%1 does not go with it</source>
        <translation>--count 计算所输入形状的参数：--%1 不能与之同用</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="64"/>
        <source>--count needs --family gpt2 or llama</source>
        <translation>--count 需要 --family gpt2 或 llama</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="75"/>
        <source>--context: missing; GPT-2 learns a position embedding per context token</source>
        <translation>--context：缺失；GPT-2 为上下文中的每个位置学习一个位置嵌入</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="81"/>
        <source>--%1 shapes the experts: give --experts and --top-k too</source>
        <translation>--%1 用于设定专家形状：请同时给出 --experts 和 --top-k</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="96"/>
        <source>Parameters:     %1 (%2 without the embeddings)</source>
        <translation>参数：          %1（不含嵌入为 %2）</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="99"/>
        <source>Per token:      %1 (%2 without the embeddings): %3 of the %4 experts in each layer</source>
        <translation>每个词元：      %1（不含嵌入 %2）：每层 %4 个专家中的 %3 个</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="115"/>
        <source>--experts: Frontier counts experts for the llama family only; use --family llama or leave --family out</source>
        <translation>--experts：Frontier 只为 llama 系列计数专家；请使用 --family llama 或省略 --family</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="125"/>
        <source>--experts: no llama shape for this law and size to make a mixture of experts of</source>
        <translation>--experts：该定律和规模下没有可用于构造混合专家模型的 llama 形状</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="136"/>
        <source>Only this family: txl (the 2020 calculator&apos;s Transformer-XL), gpt2 or llama.</source>
        <translation>只列此系列：txl（2020 年计算器的 Transformer-XL）、gpt2 或 llama。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="138"/>
        <source>Print the first shape&apos;s transformers config JSON instead.</source>
        <translation>改为输出第一个形状的 transformers 配置 JSON。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="139"/>
        <source>Count the parameters of the shape given by the options below.</source>
        <translation>计算下列选项所给形状的参数量。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="140"/>
        <source>With --count: number of layers.</source>
        <translation>与 --count 同用：层数。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="141"/>
        <source>With --count: the model width.</source>
        <translation>与 --count 同用：模型宽度。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="142"/>
        <source>With --count: attention heads.</source>
        <translation>与 --count 同用：注意力头数。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="143"/>
        <source>With --count: key-value heads (default: --heads).</source>
        <translation>与 --count 同用：键值头数（默认等于 --heads）。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="144"/>
        <source>With --count: the MLP&apos;s inner width.</source>
        <translation>与 --count 同用：MLP 的内部宽度。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="145"/>
        <source>With --count: vocabulary size.</source>
        <translation>与 --count 同用：词表大小。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="146"/>
        <source>With --count: context length (GPT-2&apos;s learned positions).</source>
        <translation>与 --count 同用：上下文长度（GPT-2 的可学习位置）。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="147"/>
        <source>With --count: the output matrix is the input embedding.</source>
        <translation>与 --count 同用：输出矩阵即输入嵌入。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="148"/>
        <source>With --count: biases on the Q, K and V projections (Qwen2, llama family).</source>
        <translation>与 --count 一起使用：Q、K、V 投影带偏置（Qwen2，llama 系列）。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="149"/>
        <source>With --count and --experts: each expert&apos;s inner width (default: --ffn).</source>
        <translation>与 --count 和 --experts 一起使用：每个专家的内部宽度（默认：--ffn）。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="150"/>
        <source>With --count and --experts: a shared expert every token uses, of this inner width.</source>
        <translation>与 --count 和 --experts 一起使用：所有词元共用的共享专家，内部宽度为此值。</translation>
    </message>
    <message>
        <location filename="../cli/clishape.cpp" line="174"/>
        <source>no shape of that family for this law and size (the Transformer-XL comes with an hf2020 law only)</source>
        <translation>此定律和规模下没有该系列的形状（Transformer-XL 仅随 hf2020 定律提供）</translation>
    </message>
    <message>
        <location filename="../cli/clishapeoutput.cpp" line="56"/>
        <source>%1 (%2): %3 layers x %4, %5 heads (%6 KV) of %7, FFN %8, vocabulary %9</source>
        <translation>%1（%2）：%3 层 × %4，%5 个头（%6 个 KV）每个 %7 维，FFN %8，词表 %9</translation>
    </message>
    <message>
        <location filename="../cli/clishapeoutput.cpp" line="67"/>
        <source>    %1 parameters, %2 without the embeddings; %3 (d_model / layers %4)</source>
        <translation>    %1 参数，不含嵌入 %2；%3（d_model / 层数 %4）</translation>
    </message>
    <message>
        <location filename="../cli/clishapeoutput.cpp" line="71"/>
        <source>    %1 non-embedding parameters (the calculator&apos;s count); %2 (d_model / layers %3)</source>
        <translation>    %1 非嵌入参数（计算器的计数）；%2（d_model / 层数 %3）</translation>
    </message>
    <message>
        <location filename="../cli/clishapeoutput.cpp" line="74"/>
        <source>    %1 parameters per token: %2 of the %3 experts (FFN %4 each) in each layer</source>
        <translation>    每词元 %1 参数：每层 %3 个专家中的 %2 个（每个 FFN 宽 %4）</translation>
    </message>
    <message>
        <location filename="../cli/clirepetition.cpp" line="27"/>
        <source>Repetition:     %1 epochs of %2 unique tokens: worth %3 new tokens; %4 parameters worth %5</source>
        <translation>重复：          %2 唯一词元的 %1 轮：相当于 %3 新词元；%4 参数相当于 %5</translation>
    </message>
    <message>
        <location filename="../cli/clirepetition.cpp" line="35"/>
        <source>                %1 nats/token lost against unlimited unique data (%2); no compute on this data goes below %3</source>
        <translation>                比无限唯一数据多损失 %1 奈特/词元（%2）；在这些数据上无论多少计算量都不会低于 %3</translation>
    </message>
</context>
<context>
    <name>KnownRunMarks</name>
    <message>
        <location filename="../ui/charts/knownrunmarks.cpp" line="113"/>
        <source>Published runs outside the view: %1 (zoom out to see them)</source>
        <translation>视图外的已发表运行：%1（缩小可见）</translation>
    </message>
</context>
<context>
    <name>KnownRuns</name>
    <message>
        <location filename="../data/knownruntext.cpp" line="32"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="43"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="45"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="55"/>
        <source>%1 %2&apos;s compute</source>
        <translation>%2 算力的 %1</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="56"/>
        <source>%1 of %2&apos;s compute</source>
        <translation>%2 算力的 %1</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="58"/>
        <source>Your plan uses %1.</source>
        <translation>您的计划使用了 %1。</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="60"/>
        <source>%1 its CO2</source>
        <translation>其 CO2 的 %1</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="61"/>
        <source>%1 of its CO2</source>
        <translation>其 CO2 的 %1</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="62"/>
        <source>Your plan uses %1 and %2.</source>
        <translation>您的计划使用了 %1，以及%2。</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="70"/>
        <source>%1 has no published CO2 figure.</source>
        <translation>%1 没有公布 CO2 数据。</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="71"/>
        <source>Your plan has no CO2 figure (no grid carbon intensity).</source>
        <translation>您的计划没有 CO2 数据（没有电网碳强度）。</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="80"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="82"/>
        <source>Training tokens</source>
        <translation>训练词元</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="84"/>
        <source>Training compute</source>
        <translation>训练算力</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="84"/>
        <source>%1 FLOPs</source>
        <translation>%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="86"/>
        <source>6ND: %1 FLOPs</source>
        <translation>6ND：%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="90"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="91"/>
        <source>Accelerator: %1 (%2)</source>
        <translation>加速器：%1（%2）</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="94"/>
        <source>GPU- or chip-hours</source>
        <translation>GPU 或芯片小时</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="96"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="98"/>
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="99"/>
        <source>Counted as: %1</source>
        <translation>计算口径：%1</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="101"/>
        <source>Also published: %1 = %2 (%3). %4</source>
        <translation>另有发表值：%1 = %2（%3）。%4</translation>
    </message>
    <message>
        <location filename="../data/knownruntext.cpp" line="108"/>
        <source>Not published or not read in a source: %1</source>
        <translation>未发表或未从来源中读取：%1</translation>
    </message>
</context>
<context>
    <name>LawName</name>
    <message>
        <location filename="../data/lawnames.cpp" line="12"/>
        <source>Epoch AI 2024 refit of Chinchilla (maximum likelihood)</source>
        <translation>Epoch AI 2024 对 Chinchilla 的重新拟合（最大似然）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="13"/>
        <source>Epoch AI 2024, replication of Hoffmann&apos;s grid/L-BFGS procedure</source>
        <translation>Epoch AI 2024，复现 Hoffmann 的网格/L-BFGS 流程</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="14"/>
        <source>Hugging Face 2020 compute frontier, as the calculator computes it (Transformer-XL, Wikitext-103)</source>
        <translation>Hugging Face 2020 计算前沿，按其计算器的算法（Transformer-XL，Wikitext-103）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="15"/>
        <source>Hugging Face 2020 compute frontier through the exact lower hull (Transformer-XL, Wikitext-103)</source>
        <translation>Hugging Face 2020 计算前沿，取精确下凸包（Transformer-XL，Wikitext-103）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="16"/>
        <source>Chinchilla, Approach 3 (unrounded constants)</source>
        <translation>Chinchilla，方法 3（未舍入常数）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="17"/>
        <source>Chinchilla, Approach 3 (printed Eq. 10 constants)</source>
        <translation>Chinchilla，方法 3（论文式 10 所印常数）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="18"/>
        <source>Chinchilla, Approach 1 (minimum over training curves)</source>
        <translation>Chinchilla，方法 1（训练曲线的最小值）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="19"/>
        <source>Chinchilla, Approach 2 (IsoFLOP profiles)</source>
        <translation>Chinchilla，方法 2（等 FLOP 剖面）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="20"/>
        <source>Kaplan et al. 2020 (OpenAI)</source>
        <translation>Kaplan 等 2020（OpenAI）</translation>
    </message>
    <message>
        <location filename="../data/lawnames.cpp" line="21"/>
        <source>Muennighoff et al. 2023, data-constrained scaling (C4, repeated data)</source>
        <translation>Muennighoff et al. 2023，数据受限缩放（C4，重复数据）</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../data/messagetext.cpp" line="251"/>
        <source>the predicted loss {loss} is outside the plausible range {min} to {max}: the law is used far from the runs it was fitted on</source>
        <translation>预测的损失 {loss} 超出合理范围 {min} 到 {max}：该定律的使用远离其拟合所用的运行</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="252"/>
        <source>the law predicts a loss of {loss}, which is no loss: it must be positive and at least the law&apos;s irreducible loss {floor}; check the law&apos;s constants</source>
        <translation>该定律预测的损失为 {loss}，这不是有效的损失：损失必须为正且不低于定律的不可约损失 {floor}；请检查定律的常数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="259"/>
        <source>{offer} left out of the comparison: {reason}</source>
        <translation>{offer} 未列入比较：{reason}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="224"/>
        <source>a NUL byte at byte offset {offset}: a session is text</source>
        <translation>在字节偏移 {offset} 处有一个 NUL 字节：会话文件应为文本</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="115"/>
        <source>{file}: {where}unknown key &apos;{key}&apos; ignored</source>
        <translation>{file}：{where}未知的键 &apos;{key}&apos;，已忽略</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="96"/>
        <source>the runs&apos; tokens follow their sizes (D = {factor} x N^{exponent}): the effects of N and D cannot be told apart, so the fitted constants are not determined by these runs (add runs off that line)</source>
        <translation>这些运行的词元数随模型规模而定（D = {factor} x N^{exponent}）：N 与 D 的作用无法区分，因此拟合出的常数并不由这些运行确定（请加入不在这条线上的运行）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="97"/>
        <source>every run has the same number of tokens ({tokens}): B and beta cannot be told apart from E, so the fitted constants are not determined by these runs (add runs of other lengths)</source>
        <translation>所有运行的词元数相同（{tokens}）：B 和 beta 无法与 E 区分，因此拟合出的常数并不由这些运行确定（请加入其他长度的运行）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="98"/>
        <source>every run has the same model size ({params} parameters): A and alpha cannot be told apart from E, so the fitted constants are not determined by these runs (add runs of other sizes)</source>
        <translation>所有运行的模型规模相同（{params} 个参数）：A 和 alpha 无法与 E 区分，因此拟合出的常数并不由这些运行确定（请加入其他规模的运行）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="30"/>
        <source>the ZeRO stage must be 0, 1, 2 or 3, got {value}</source>
        <translation>ZeRO 阶段必须是 0、1、2 或 3，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="31"/>
        <source>{what} must be above 0 and at most 1, got {value}</source>
        <translation>{what} 必须大于 0 且不超过 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="18"/>
        <source>{what} must be a finite number, got {value}</source>
        <translation>{what} 必须是有限数值，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="19"/>
        <source>{what} must be positive, got {value}</source>
        <translation>{what} 必须为正数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="20"/>
        <source>{what} must not be negative, got {value}</source>
        <translation>{what}不能为负数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="21"/>
        <source>unknown {kind} &apos;{key}&apos;; known: {ids}</source>
        <translation>未知的{kind}“{key}”；已知：{ids}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="22"/>
        <source>unknown {kind} &apos;{key}&apos;; did you mean: {ids}</source>
        <translation>未知的{kind}“{key}”；您是否要找：{ids}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="23"/>
        <source>{source}: unterminated quoted cell at line {line}</source>
        <translation>{source}：第 {line} 行的引号单元格没有结束</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="24"/>
        <source>{source}: the file is empty</source>
        <translation>{source}：文件为空</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="25"/>
        <source>{source}: line {line} has {cells} cells, the header has {columns}</source>
        <translation>{source}：第 {line} 行有 {cells} 个单元格，表头有 {columns} 个</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="26"/>
        <source>{source}: line {line} is not UTF-8 text (byte {offset})</source>
        <translation>{source}：第 {line} 行不是 UTF-8 文本（第 {offset} 字节）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="27"/>
        <source>{source}: line {line}, column &apos;{column}&apos;: expected a number, got &apos;{cell}&apos;</source>
        <translation>{source}：第 {line} 行，列“{column}”：应为数字，实际为“{cell}”</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="28"/>
        <source>{context}: &apos;{key}&apos; has no source</source>
        <translation>{context}：“{key}”没有注明来源</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="29"/>
        <source>{what}: {value} is outside the plausible range {min} to {max}</source>
        <translation>{what}：{value} 超出合理范围 {min} 到 {max}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="32"/>
        <source>{file}: &apos;{key}&apos; needs finite min &lt;= max</source>
        <translation>{file}：&apos;{key}&apos; 需要有限的 min &lt;= max</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="33"/>
        <source>{file}: &apos;{key}&apos; has no reason</source>
        <translation>{file}：&apos;{key}&apos; 没有给出理由</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="34"/>
        <source>limits.json has no range for &apos;{key}&apos;</source>
        <translation>limits.json 中没有 &apos;{key}&apos; 的范围</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="36"/>
        <source>constant nd_summary must be 0 (joint fit, Section 4.2) or 1 (summary constants)</source>
        <translation>常数 nd_summary 必须为 0（第 4.2 节联合拟合）或 1（汇总常数）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="37"/>
        <source>law {law} cannot be bent by its {gesture}: it has no such constant</source>
        <translation>规律 {law} 不能按{gesture}调整：它没有这样的常数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="38"/>
        <source>this change of the law has no finite answer at this budget</source>
        <translation>在此预算下，对规律的这一改动没有有限的结果</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="40"/>
        <source>an allocation exponent of an L(N,D) law must be below 1, got {value}</source>
        <translation>L(N,D) 规律的分配指数必须小于 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="41"/>
        <source>a chart series needs at least two points, got {points}</source>
        <translation>图表序列至少需要两个点，实际为 {points}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="42"/>
        <source>the chart&apos;s FLOPs {min} to {max} lie outside where law {law} answers</source>
        <translation>图表的 FLOPs 范围 {min} 至 {max} 超出了规律 {law} 的适用范围</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="43"/>
        <source>a power-law allocation needs at least two table rows</source>
        <translation>幂律分配至少需要两行表格数据</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="44"/>
        <source>law {law} has an unknown form &apos;{form}&apos;</source>
        <translation>定律 {law} 的形式 &apos;{form}&apos; 未知</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="45"/>
        <location filename="../data/messagetext.cpp" line="114"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="49"/>
        <source>law {law} has no {capability}; it answers: {answers}</source>
        <translation>定律 {law} 不提供 {capability}；它能回答：{answers}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="50"/>
        <source>law {law} has no loss formula for these inputs; it answers: {answers}</source>
        <translation>定律 {law} 对这些输入没有损失公式；它能回答：{answers}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="51"/>
        <source>law {law} has no L(N,D)</source>
        <translation>定律 {law} 没有 L(N,D)</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="52"/>
        <source>a learning curve needs at least two points, got {points}</source>
        <translation>一条学习曲线至少需要两个点，实际为 {points}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="53"/>
        <source>compute {flops} FLOPs is outside the valid range of {law} ({min} to {max} FLOPs)</source>
        <translation>算力 {flops} FLOPs 超出 {law} 的有效范围（{min} 至 {max} FLOPs）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="54"/>
        <source>compute {flops} FLOPs is outside the valid range of {law} ({min} to {max} FLOPs): {note}</source>
        <translation>算力 {flops} FLOPs 超出 {law} 的有效范围（{min} 至 {max} FLOPs）：{note}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="55"/>
        <source>compute {flops} FLOPs is outside the valid range of {law} ({min} to any FLOPs)</source>
        <translation>算力 {flops} FLOPs 超出 {law} 的有效范围（{min} FLOPs 起，无上限）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="56"/>
        <source>compute {flops} FLOPs is outside the valid range of {law} ({min} to any FLOPs): {note}</source>
        <translation>算力 {flops} FLOPs 超出 {law} 的有效范围（{min} FLOPs 起，无上限）：{note}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="58"/>
        <source>data file &apos;{file}&apos; is missing</source>
        <translation>缺少数据文件“{file}”</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="59"/>
        <source>the least-squares fit of {what} did not converge</source>
        <translation>{what} 的最小二乘拟合未收敛</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="60"/>
        <source>compute {flops} FLOPs is below the hf2020 law&apos;s lower limit of {minimum} FLOPs, where the fitted optimal size d*C^e + f stops being positive</source>
        <translation>计算量 {flops} FLOPs 低于 hf2020 定律的下限 {minimum} FLOPs，低于该值时拟合的最优规模 d*C^e + f 不再为正</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="61"/>
        <source>a model of {params} parameters is smaller than any the hf2020 law calls optimal (its offset f is {offset})</source>
        <translation>{params} 个参数的模型小于 hf2020 定律认为最优的任何模型（其偏移量 f 为 {offset}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="62"/>
        <source>{source}: line {line}: compute must be positive, got &apos;{cell}&apos;</source>
        <translation>{source}：第 {line} 行：计算量必须为正，实际为“{cell}”</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="63"/>
        <source>{source}: line {line}, column &apos;{column}&apos;: a loss must be positive, got &apos;{cell}&apos;</source>
        <translation>{source}：第 {line} 行，列“{column}”：损失必须为正，实际为“{cell}”</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="64"/>
        <source>{source}: no &apos;{column}&apos; column (compute / 86,400 FLOPs) in the header</source>
        <translation>{source}：表头中没有“{column}”列（计算量 / 86,400 FLOPs）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="65"/>
        <source>{source}: no run has more than {points} points (runs are the columns named &apos;&lt;run&gt;{suffix}&apos;)</source>
        <translation>{source}：没有任何运行超过 {points} 个点（运行是名为“&lt;run&gt;{suffix}”的列）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="66"/>
        <source>hf2020: run &apos;{run}&apos; has no points</source>
        <translation>hf2020：运行“{run}”没有数据点</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="67"/>
        <source>hf2020: only {count} runs touch the frontier; fitting N_opt(C) = d*C^e + f needs at least 3</source>
        <translation>hf2020：只有 {count} 个运行触及前沿；拟合 N_opt(C) = d*C^e + f 至少需要 3 个</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="68"/>
        <source>hf2020 frontier: &apos;{key}&apos; has no source</source>
        <translation>hf2020 前沿：“{key}”没有来源</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="69"/>
        <source>hf2020: the frontier has {count} points; fitting L(C) = a*C^(-b) + c needs at least 3</source>
        <translation>hf2020：前沿只有 {count} 个点；拟合 L(C) = a*C^(-b) + c 至少需要 3 个</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="70"/>
        <source>hf2020: the frontier needs at least 4 runs (the procedure leaves out the two smallest and the largest at its ends), got {count}</source>
        <translation>hf2020：前沿至少需要 4 个运行（该流程在两端去掉最小的两个和最大的一个），实际为 {count}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="71"/>
        <source>hf2020 frontier: unknown hull &apos;{hull}&apos;; expected qhull-facing-point or exact-lower</source>
        <translation>hf2020 前沿：未知的凸包“{hull}”；应为 qhull-facing-point 或 exact-lower</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="72"/>
        <source>Qhull &apos;{command}&apos; failed with code {code}: {detail}</source>
        <translation>Qhull“{command}”失败，代码 {code}：{detail}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="74"/>
        <source>a fitted law cannot take the published id &apos;{id}&apos;</source>
        <translation>拟合出的规律不能使用已发布规律的标识“{id}”</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="75"/>
        <source>{source}: no {what} column (one of: {names}); found: {columns}</source>
        <translation>{source}：没有{what}列（可用列名：{names}）；现有列：{columns}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="76"/>
        <location filename="../data/messagetext.cpp" line="116"/>
        <source>{source}: line {line}, column &apos;{column}&apos;: must be positive, got {cell}</source>
        <translation>{source}：第 {line} 行，列“{column}”：必须为正数，实际为 {cell}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="77"/>
        <source>{source}: the file has a header but no data rows</source>
        <translation>{source}：文件只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="78"/>
        <source>{source} is {size} bytes; a fit reads files of at most {limit} bytes</source>
        <translation>{source} 有 {size} 字节；拟合只读取不超过 {limit} 字节的文件</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="79"/>
        <source>{source} has more than {limit} rows; a fit takes at most {limit} runs</source>
        <translation>{source} 超过 {limit} 行；拟合最多接受 {limit} 条训练记录</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="80"/>
        <location filename="../data/messagetext.cpp" line="117"/>
        <source>file not found: {path}</source>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="81"/>
        <source>{path} is not a regular file: a fit reads a CSV file</source>
        <translation>{path} 不是普通文件：拟合需要读取 CSV 文件</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="82"/>
        <location filename="../data/messagetext.cpp" line="118"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="83"/>
        <source>fitting procedure: the grid of &apos;{axis}&apos; is empty</source>
        <translation>拟合流程：“{axis}”的网格为空</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="84"/>
        <source>fitting procedure: the grid of starts is empty</source>
        <translation>拟合流程：起点网格为空</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="85"/>
        <source>fitting procedure: huber_delta must be positive</source>
        <translation>拟合流程：huber_delta 必须为正数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="86"/>
        <source>fitting procedure: input_limits must be whole numbers of at least 1</source>
        <translation>拟合流程：input_limits 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="87"/>
        <source>fitting procedure: grid_screening needs at least 5 sample runs and 1 refined minimum</source>
        <translation>拟合流程：grid_screening 至少需要 5 个抽样运行和 1 个细化极小值</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="95"/>
        <source>{runs} runs: the grid&apos;s {starts} starts ran on {sample} of them, spread evenly, and its {refined} best minima were refined on all runs</source>
        <translation>{runs} 条运行：网格的 {starts} 个起点只在均匀抽取的 {sample} 条运行上求解，其中最好的 {refined} 个极小值再在全部运行上细化</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="88"/>
        <source>observation {index}: parameters, tokens and loss must be finite and positive</source>
        <translation>第 {index} 条观测：参数量、词元数和损失必须是有限正数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="39"/>
        <source>a line turned about {flops} FLOPs cannot be dragged at that compute</source>
        <translation>绕 {flops} FLOPs 旋转的直线不能在该计算量处拖动</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="46"/>
        <source>this law has no repetition terms (R_D_star, R_N_star): it cannot weigh repeated data</source>
        <translation>此定律没有重复项（R_D_star、R_N_star）：无法衡量重复数据</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="47"/>
        <source>law {law} has no terms for repeated data: a unique-token cap needs a law with R_D_star and R_N_star, such as muennighoff2023</source>
        <translation>定律 {law} 没有重复数据项：唯一词元上限需要含 R_D_star 和 R_N_star 的定律，如 muennighoff2023</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="48"/>
        <source>repetition_epochs: needs nearly_new &lt; fading &lt; near_zero</source>
        <translation>repetition_epochs：需要 nearly_new &lt; fading &lt; near_zero</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="57"/>
        <source>data_range &apos;{key}&apos;: needs 0 &lt;= min &lt;= max, got {min} to {max}</source>
        <translation>data_range“{key}”：需要 0 &lt;= min &lt;= max，实际为 {min} 到 {max}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="89"/>
        <source>a fit needs at least {minimum} distinct (N, D) points, got {count} in {runs} runs</source>
        <translation>拟合至少需要 {minimum} 个不同的 (N, D) 点，{runs} 条记录中只有 {count} 个</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="90"/>
        <source>unknown fit method</source>
        <translation>未知的拟合方法</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="91"/>
        <source>the fit was cancelled before any start finished</source>
        <translation>拟合在任何起点完成之前已被取消</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="92"/>
        <source>none of the {starts} starts of the fit converged: check that the losses fall as N and D grow</source>
        <translation>拟合的 {starts} 个起点都没有收敛：请检查损失是否随 N 和 D 增大而下降</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="93"/>
        <source>the maximum-likelihood fit found no finite likelihood from its start</source>
        <translation>最大似然拟合从其起点出发未找到有限的似然值</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="94"/>
        <source>the fitted {exponent} is {value}, not positive: the loss would not fall with {what}</source>
        <translation>拟合得到的 {exponent} 为 {value}，不是正数：损失不会随{what}下降</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="100"/>
        <source>hf2020 speed model: no GPUs</source>
        <translation>hf2020 速度模型：没有 GPU</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="101"/>
        <source>{name} ({id}) has no {precision} peak in the catalogue; it has: {known}</source>
        <translation>目录中 {name}（{id}）没有 {precision} 峰值；它有：{known}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="102"/>
        <source>{name} ({id}) has no {precision} peak in the catalogue; it has no FLOP/s figure at all</source>
        <translation>目录中 {name}（{id}）没有 {precision} 峰值；它没有任何 FLOP/s 数据</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="103"/>
        <source>no peak FLOP/s is known for {id}: give --peak-flops</source>
        <translation>{id} 没有已知的峰值 FLOP/s：请给出 --peak-flops</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="104"/>
        <source>accelerators: &apos;{id}&apos; has no source</source>
        <translation>加速器：“{id}”没有来源</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="105"/>
        <source>accelerators: the catalogue is empty</source>
        <translation>加速器：目录为空</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="106"/>
        <source>offer {id} lists no {pricing} price (as of {date})</source>
        <translation>报价 {id} 没有 {pricing} 价格（截至 {date}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="107"/>
        <source>cloud offers: &apos;{id}&apos; has no price</source>
        <translation>云报价：“{id}”没有价格</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="108"/>
        <source>cloud offers: &apos;{id}&apos; has no price date or no source</source>
        <translation>云报价：“{id}”没有价格日期或没有来源</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="109"/>
        <source>cloud offer {id}: {reason}</source>
        <translation>云报价 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="110"/>
        <source>memory constants: the usable memory fraction must be at most 1, got {value}</source>
        <translation>内存常数：可用内存比例不得大于 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="111"/>
        <source>ZeRO stage must be 0, 1, 2 or 3, got {value}</source>
        <translation>ZeRO 阶段必须为 0、1、2 或 3，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="112"/>
        <source>the number of GPUs must be at least 1, got {value}</source>
        <translation>GPU 数量至少为 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="120"/>
        <source>a batch of {batch} tokens is {ratio} x the critical batch of {b_crit} tokens at loss {loss} (Kaplan et al. 2020): it processes {tokens_factor} x the least data for that loss, and a larger batch saves almost no steps</source>
        <translation>批量 {batch} 词元是损失 {loss} 下临界批量 {b_crit} 词元的 {ratio} 倍（Kaplan 等 2020）：它处理的数据是该损失所需最少数据的 {tokens_factor} 倍，再增大批量几乎不减少步数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="121"/>
        <source>{sequences} sequences per GPU: the Hugging Face 2020 study saw the {gpu}&apos;s speed stop growing past {saturation}, so a larger batch per GPU buys no throughput</source>
        <translation>每个 GPU {sequences} 个序列：Hugging Face 2020 研究发现 {gpu} 的速度在超过 {saturation} 后不再增长，因此增大每个 GPU 的批量不会提高吞吐量</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="122"/>
        <source>{file}: law {law} has no critical batch B_crit(L)</source>
        <translation>{file}：定律 {law} 没有临界批量 B_crit(L)</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="123"/>
        <source>{file}: far_past_ratio must be above 1, got {value}</source>
        <translation>{file}：far_past_ratio 必须大于 1，得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="125"/>
        <source>GPU-hours must not be negative</source>
        <translation>GPU 小时数不能为负</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="126"/>
        <source>power fraction must be at most 1</source>
        <translation>功率比例不能大于 1</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="127"/>
        <source>PUE must be at least 1</source>
        <translation>PUE 不能小于 1</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="128"/>
        <source>energy and grid carbon intensity must not be negative</source>
        <translation>能耗和电网碳强度不能为负</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="129"/>
        <source>the overhead factor must be at least 1, got {value}</source>
        <translation>开销系数至少为 1，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="130"/>
        <source>budget in {unit} is absurd: more than 1e36 FLOPs</source>
        <translation>以 {unit} 计的预算不合理：超过 1e36 FLOPs</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="131"/>
        <source>budget in {unit} is absurd: it buys more than 1e36 FLOPs</source>
        <translation>以 {unit} 计的预算不合理：可买到超过 1e36 FLOPs 的算力</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="132"/>
        <source>a budget in dollars needs a price per GPU-hour (an offer or a typed price)</source>
        <translation>以美元计的预算需要每 GPU 小时的价格（一个报价或手动输入的价格）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="133"/>
        <source>a budget in kg CO2 needs a grid carbon intensity (a region, a country or g/kWh)</source>
        <translation>以千克 CO2 计的预算需要电网碳强度（一个区域、一个国家或 g/kWh）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="134"/>
        <source>no price per GPU-hour: the cost in dollars is unknown</source>
        <translation>没有每 GPU 小时的价格：美元成本未知</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="135"/>
        <source>no grid carbon intensity: the CO2 is unknown</source>
        <translation>没有电网碳强度：CO2 排放未知</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="136"/>
        <source>{file}: {id} has a negative or missing carbon intensity</source>
        <translation>{file}：{id} 的碳强度为负或缺失</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="137"/>
        <source>{file}: duplicate id &apos;{id}&apos;</source>
        <translation>{file}：重复的标识“{id}”</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="139"/>
        <source>{file}: run &apos;{id}&apos;: &apos;{field}&apos; is null without a reason under &apos;gaps&apos;</source>
        <translation>{file}：运行“{id}”：“{field}”为 null，但 “gaps” 中没有说明原因</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="140"/>
        <source>{file}: run &apos;{id}&apos;: &apos;{field}&apos; must be positive, got {value}</source>
        <translation>{file}：运行“{id}”：“{field}”必须为正，得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="141"/>
        <source>{file}: run &apos;{id}&apos;: &apos;{field}&apos; has no source</source>
        <translation>{file}：运行“{id}”：“{field}”没有来源</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="142"/>
        <source>{file}: a run has an empty id</source>
        <translation>{file}：有一个运行的 id 为空</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="143"/>
        <source>{file}: run &apos;{id}&apos;: a CO2 figure needs &apos;co2_basis&apos; (how it was counted)</source>
        <translation>{file}：运行“{id}”：CO2 数据需要 “co2_basis”（其计算方式）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="144"/>
        <source>{file}: the catalogue of published runs is empty</source>
        <translation>{file}：已发表运行的目录为空</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="145"/>
        <source>{name} has no published training compute to compare with</source>
        <translation>{name} 没有已发表的训练算力可供对比</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="146"/>
        <source>accelerators: duplicate id &apos;{id}&apos;</source>
        <translation>加速器：重复的 id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="147"/>
        <source>cloud offers: duplicate id &apos;{id}&apos;</source>
        <translation>云报价：重复的 id &apos;{id}&apos;</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="148"/>
        <source>{file}: {provider} has PUE {pue}, below 1</source>
        <translation>{file}：{provider} 的 PUE 为 {pue}，小于 1</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="149"/>
        <source>{file}: default provider &apos;{provider}&apos; has no entry</source>
        <translation>{file}：默认提供商“{provider}”没有条目</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="151"/>
        <source>no plan has been computed yet</source>
        <translation>尚未计算出任何方案</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="159"/>
        <source>law {law} has no loss L(N, D) of size and tokens: it cannot trade one for the other</source>
        <translation>定律 {law} 没有以规模和词元表示的损失 L(N, D)：无法在两者之间权衡</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="160"/>
        <source>{params} parameters do not reach a loss of {loss} under law {law} on any amount of data</source>
        <translation>在定律 {law} 下，{params} 参数无论用多少数据都达不到 {loss} 的损失</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="161"/>
        <source>a loss of {loss} is at or below what any model reaches under law {law}: aim higher</source>
        <translation>{loss} 的损失不高于定律 {law} 下任何模型能达到的值：请设得高一些</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="162"/>
        <source>law {law} predicts no loss for the reference run: there is no quality to match</source>
        <translation>定律 {law} 未预测参照训练的损失：没有可对齐的质量</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="163"/>
        <source>law {law} gives no least lifetime cost for a loss of {loss}: check its constants</source>
        <translation>定律 {law} 对 {loss} 的损失给不出最低生命周期成本：请检查其常数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="164"/>
        <source>{what} must be in (0, 1], got {value}</source>
        <translation>{what} 必须在 (0, 1] 内，得到 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="165"/>
        <source>the training setup has no price per GPU-hour: choose an offer or type a price</source>
        <translation>训练配置没有每 GPU·小时价格：请选择报价或输入价格</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="166"/>
        <source>the serving setup has no price per GPU-hour: choose a serving offer or type a price</source>
        <translation>部署服务配置没有每 GPU·小时价格：请选择部署服务报价或输入价格</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="167"/>
        <source>a fixed job needs both parameters and tokens</source>
        <translation>固定任务需要同时给出参数量和词元数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="168"/>
        <source>the GPU&apos;s memory is unknown: whether the model fits was not checked</source>
        <translation>GPU 显存未知：未检查模型能否装下</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="169"/>
        <source>does not fit: {needed} per GPU needed on {gpus} GPUs with ZeRO-{stage}, {usable} usable ({share} of {capacity}); it fits on {min_gpus} GPUs with ZeRO-{min_stage}</source>
        <translation>装不下：{gpus} 块 GPU、ZeRO-{stage} 时每块 GPU 需要 {needed}，可用 {usable}（{capacity} 的 {share}）；用 {min_gpus} 块 GPU、ZeRO-{min_stage} 可容纳</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="170"/>
        <source>does not fit: {needed} per GPU needed, {usable} usable ({share} of {capacity}), and no number of GPUs holds it at any ZeRO stage: the activations alone are too large (use a smaller micro-batch, shorter sequences or full recomputation)</source>
        <translation>装不下：每块 GPU 需要 {needed}，可用 {usable}（{capacity} 的 {share}），任何 ZeRO 阶段、任何 GPU 数量都装不下：仅激活值就太大（请减小微批量、缩短序列或使用完全重计算）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="182"/>
        <source>compute {flops} FLOPs is below the hf2020 law&apos;s valid range (N_opt is not positive)</source>
        <translation>计算量 {flops} FLOPs 低于 hf2020 定律的有效范围（N_opt 不为正）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="183"/>
        <source>on the 2020 {gpu} ({amp}) the speed model stops at its tipping point, width {width}: a narrower model is not faster, so budgets below {flops} FLOPs are not modelled</source>
        <translation>在 2020 年的 {gpu}（{amp}）上，速度模型止于其临界点，宽度 {width}：更窄的模型并不更快，因此不对低于 {flops} FLOPs 的预算建模</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="184"/>
        <source>on the 2020 {gpu} ({amp}) no compute-optimal model trains in under {hours} GPU-hours (the speed model&apos;s tipping point, width {width})</source>
        <translation>在 2020 年的 {gpu}（{amp}）上，没有计算最优模型能在 {hours} GPU 小时内训练完成（速度模型的临界点，宽度 {width}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="185"/>
        <source>width {width} is too small for the hf2020 size law: N(w) = {params} is not above its offset f = {offset}</source>
        <translation>宽度 {width} 对 hf2020 规模定律而言太小：N(w) = {params} 不大于其偏移量 f = {offset}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="186"/>
        <source>MFU must be in (0, 1], got {value}</source>
        <translation>MFU 必须在 (0, 1] 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="187"/>
        <source>--amp: the 2020 speed model times the Transformer-XL an hf2020-form law calls optimal; law {law} is not one (use hf2020 or hf2020-exact-hull)</source>
        <translation>--amp：2020 速度模型计时的是 hf2020 形式的定律认为最优的 Transformer-XL；定律 {law} 不是这种定律（请使用 hf2020 或 hf2020-exact-hull）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="189"/>
        <source>the shape&apos;s {field} must be at least 1, got {value}</source>
        <translation>形状的 {field} 至少应为 1，得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="190"/>
        <source>the shape&apos;s {field} is {value}: more than any model Frontier counts</source>
        <translation>形状的 {field} 为 {value}：超过了 Frontier 能计数的任何模型</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="191"/>
        <source>{heads} heads do not divide d_model {d_model} into equal heads</source>
        <translation>{heads} 个头不能把 d_model {d_model} 等分</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="192"/>
        <source>{kv_heads} KV heads do not divide the {heads} query heads into equal groups</source>
        <translation>{kv_heads} 个 KV 头不能把 {heads} 个查询头等分成组</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="193"/>
        <source>GPT-2 has no grouped-query attention: KV heads must equal the heads ({heads})</source>
        <translation>GPT-2 没有分组查询注意力：KV 头数必须等于头数（{heads}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="194"/>
        <source>the shape has more than 4e18 parameters: more than any model Frontier counts</source>
        <translation>该形状的参数超过 4e18：超过了 Frontier 能计数的任何模型</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="195"/>
        <source>Frontier counts experts and Q/K/V biases for the Llama family only, not GPT-2</source>
        <translation>Frontier 只为 Llama 系列计算专家和 Q/K/V 偏置，不支持 GPT-2</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="196"/>
        <source>the number of experts must be a whole number from 1 to 100000, got {value}</source>
        <translation>专家数必须是 1 到 100000 的整数，得到 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="197"/>
        <source>top-k must be from 1 to the number of experts ({experts}), got {value}</source>
        <translation>top-k 必须在 1 到专家数（{experts}）之间，得到 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="198"/>
        <source>{key}: missing; a mixture of experts needs {experts} and {top_k}</source>
        <translation>{key}：缺失；混合专家需要 {experts} 和 {top_k}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="199"/>
        <source>no scaling law Frontier ships predicts the loss of a mixture of experts: {law} is a law of dense models, so its loss for {params} parameters is not shown as this model&apos;s</source>
        <translation>Frontier 附带的缩放定律都不预测混合专家模型的损失：{law} 是稠密模型的定律，因此它对 {params} 参数给出的损失不作为此模型的损失显示</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="200"/>
        <source>a mixture of experts cannot be planned for a target loss: no scaling law Frontier ships predicts its loss</source>
        <translation>混合专家无法按目标损失制定计划：Frontier 附带的缩放定律都不预测其损失</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="201"/>
        <source>the mixture of experts was not counted: Frontier has no Llama shape for {params} parameters, so the total parameters and the memory check are those of a dense model</source>
        <translation>未计算混合专家：Frontier 没有 {params} 参数的 Llama 形状，因此总参数和内存检查按稠密模型计算</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="202"/>
        <source>transformers&apos; MixtralConfig has no shared expert: no config is written for a mixture with one</source>
        <translation>transformers 的 MixtralConfig 没有共享专家：含共享专家的混合模型不写出配置</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="203"/>
        <source>unknown model family &apos;{key}&apos;; known: txl, gpt2, llama</source>
        <translation>未知的模型系列“{key}”；已知：txl、gpt2、llama</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="204"/>
        <source>{file}: &apos;{key}&apos; must be a positive whole number</source>
        <translation>{file}：“{key}”必须是正整数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="205"/>
        <location filename="../data/messagetext.cpp" line="207"/>
        <source>{file}: &apos;{key}&apos; must be positive</source>
        <translation>{file}：“{key}”必须为正</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="208"/>
        <source>{file}: serving_mfu and memory_fraction must be at most 1</source>
        <translation>{file}：serving_mfu 和 memory_fraction 不得大于 1</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="209"/>
        <source>the served model&apos;s {field} must be a whole number from 1 to 1000000, got {value}</source>
        <translation>部署模型的 {field} 必须是 1 到 1000000 的整数，得到 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="210"/>
        <source>top-k must be from 1 to the {experts} experts, got {top_k}</source>
        <translation>top-k 必须在 1 到专家数 {experts} 之间，实为 {top_k}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="211"/>
        <source>bits per weight must be above 0 and at most {max}, got {value}</source>
        <translation>每权重位数必须大于 0 且不超过 {max}，得到 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="212"/>
        <source>the pruned share of the weights must be at least 0 and below 1, got {value}</source>
        <translation>剪枝的权重比例必须不小于 0 且小于 1，得到 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="213"/>
        <source>the context must be a whole number of tokens from 1 to {max}, got {value}</source>
        <translation>上下文必须是 1 到 {max} 之间的整数词元数，得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="214"/>
        <source>the serving batch must be a whole number of sequences from 1 to {max}, got {value}</source>
        <translation>部署服务的批量必须是 1 到 {max} 之间的整数序列数，得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="215"/>
        <source>active parameters ({active}) cannot exceed the model&apos;s total parameters ({total})</source>
        <translation>激活参数（{active}）不能超过模型的总参数（{total}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="216"/>
        <source>the GPU&apos;s memory bandwidth must be a positive number of bytes per second, got {value}</source>
        <translation>GPU 的内存带宽必须是正数（字节/秒），得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="217"/>
        <source>weights and KV cache need {gpus} GPUs to hold them, more than {max}: serve a smaller model, batch or context</source>
        <translation>容纳权重和 KV 缓存需要 {gpus} 个 GPU，超过了 {max}：请部署更小的模型，或减小批量或上下文</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="218"/>
        <source>{gpu} has no known {field}: type the figure in a catalogue of your own to serve on it</source>
        <translation>{gpu} 没有已知的 {field}：请在你自己的目录中填入该数值，才能在其上部署服务</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="219"/>
        <source>no shape rules to size the served model&apos;s attention with</source>
        <translation>没有可用于确定所部署模型注意力规模的形状规则</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="220"/>
        <source>the loss penalty must be from 0 to {max} nats per token, got {value}</source>
        <translation>损失惩罚必须在 0 到 {max} 奈特/词元之间，得到的是 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="222"/>
        <source>not a session: malformed JSON: {detail}</source>
        <translation>不是会话文件：JSON 格式错误：{detail}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="223"/>
        <source>not a session: JSON nested more than {limit} levels deep</source>
        <translation>不是会话文件：JSON 嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="225"/>
        <source>schema_version: missing; this is not a Frontier session</source>
        <translation>schema_version：缺失；这不是 Frontier 会话文件</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="226"/>
        <source>schema_version {version} is newer than this Frontier reads (up to {supported}); update Frontier to open it</source>
        <translation>schema_version {version} 比本版 Frontier 能读取的更新（最高 {supported}）；请更新 Frontier 后再打开</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="227"/>
        <source>{key}: expected {expected}, got {type}</source>
        <translation>{key}：应为 {expected}，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="228"/>
        <source>{key} must be in (0, 1], got {value}</source>
        <translation>{key} 必须在 (0, 1] 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="229"/>
        <source>{key} must be a whole number from {min} to {max}, got {value}</source>
        <translation>{key} 必须是 {min} 到 {max} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="230"/>
        <source>{key}: [{min}, {max}] is not an axis range (log10, min below max)</source>
        <translation>{key}：[{min}, {max}] 不是有效的坐标轴范围（log10，最小值须小于最大值）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="231"/>
        <source>{field}: unknown {kind} &apos;{key}&apos;; known: {ids}</source>
        <translation>{field}：未知的{kind}“{key}”；已知：{ids}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="232"/>
        <source>{field}: unknown {kind} &apos;{key}&apos;; did you mean: {ids}</source>
        <translation>{field}：未知的{kind}“{key}”；您是否指：{ids}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="233"/>
        <source>{key}: missing; the default is used</source>
        <translation>{key}：缺失；使用默认值</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="234"/>
        <source>{key}: not a session key; ignored</source>
        <translation>{key}：不是会话键；已忽略</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="235"/>
        <source>{key}: unknown value &apos;{value}&apos;; known: {values}</source>
        <translation>{key}：未知的值“{value}”；可选：{values}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="236"/>
        <source>{key}: unknown plan mode &apos;{mode}&apos;; known: {modes}</source>
        <translation>{key}：未知的计划模式“{mode}”；已知：{modes}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="237"/>
        <source>{key}: missing; the serving settings need it</source>
        <translation>{key}：缺失；部署设置需要它</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="238"/>
        <source>{key} must be above 0 and at most {max}, got {value}</source>
        <translation>{key} 必须大于 0 且不超过 {max}，实为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="239"/>
        <source>{key} must be at least 0 and below 1, got {value}</source>
        <translation>{key} 必须不小于 0 且小于 1，实为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="240"/>
        <source>{key} must be from {min} to {max}, got {value}</source>
        <translation>{key} 必须在 {min} 到 {max} 之间，实为 {value}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="241"/>
        <source>{fixed_key}: {fixed} contradicts {key}: &apos;{mode}&apos;; make the two agree or leave out {fixed_key}</source>
        <translation>{fixed_key}：{fixed} 与 {key}：“{mode}”相矛盾；请使两者一致，或删去 {fixed_key}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="243"/>
        <source>missing resource file {path}: {reason}</source>
        <translation>缺少资源文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="245"/>
        <source>the answer&apos;s {field} is out of range (not a finite number): check the inputs</source>
        <translation>结果中的 {field} 超出范围（不是有限数）：请检查输入</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="247"/>
        <source>Pareto front: {x} x values but {y} y values</source>
        <translation>Pareto 前沿：x 值 {x} 个，y 值 {y} 个</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="248"/>
        <source>compare: all {count} offers and GPUs were left out: {reasons}</source>
        <translation>compare：全部 {count} 个报价和 GPU 都被排除：{reasons}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="249"/>
        <source>{what} {value} is {factor}× the largest of the runs law {law} was fitted on ({range}): its answer here is an extrapolation</source>
        <translation>{what} {value} 是规律 {law} 拟合所用训练记录中最大值的 {factor}×（{range}）：此处的结果是外推</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="250"/>
        <source>{what} {value} is {factor}× below the smallest of the runs law {law} was fitted on ({range}): its answer here is an extrapolation</source>
        <translation>{what} {value} 比规律 {law} 拟合所用训练记录中的最小值低 {factor}×（{range}）：此处的结果是外推</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="253"/>
        <source>a loss of {loss} is at or below {floor}, the least loss {unique} unique tokens give under law {law} however long the run: aim above {floor}, or find more unique data</source>
        <translation>损失 {loss} 不高于 {floor}，即在定律 {law} 下 {unique} 唯一词元无论训练多久所能达到的最低损失：请把目标定在 {floor} 以上，或寻找更多唯一数据</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="254"/>
        <source>{epochs} epochs of the unique data: up to about {nearly_new} epochs repeated tokens are nearly as good as new ones ({source})</source>
        <translation>唯一数据训练 {epochs} 轮：约 {nearly_new} 轮以内，重复的词元几乎与新词元一样有效（{source}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="255"/>
        <source>{epochs} epochs of the unique data: past about {nearly_new} epochs each repetition is worth less than new data, and the returns fade towards {fading} epochs ({source})</source>
        <translation>唯一数据训练 {epochs} 轮：超过约 {nearly_new} 轮后，每次重复的价值都低于新数据，收益向 {fading} 轮逐渐减弱（{source}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="256"/>
        <source>{epochs} epochs of the unique data: past about {fading} epochs repetition brings sharply diminishing returns, near zero by {near_zero} epochs ({source})</source>
        <translation>唯一数据训练 {epochs} 轮：超过约 {fading} 轮后，重复的收益急剧递减，到 {near_zero} 轮时接近于零（{source}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="257"/>
        <source>{epochs} epochs of the unique data: past about {near_zero} epochs more repetition is worth almost nothing; more unique data, not more compute, would lower the loss ({source})</source>
        <translation>唯一数据训练 {epochs} 轮：超过约 {near_zero} 轮后，再多的重复几乎毫无价值；要降低损失，需要更多唯一数据，而非更多算力（{source}）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="258"/>
        <source>the plan has {params} parameters and {tokens} tokens: a model needs at least one of each (the budget is too small for any model, or the law&apos;s constants are far from any fit)</source>
        <translation>该方案有 {params} 个参数和 {tokens} 个词元：模型至少各需要一个（预算太小，训练不了任何模型，或定律的常数远离任何拟合）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="261"/>
        <source>{path}: unknown export format &apos;{suffix}&apos;; use .png, .svg, .pdf or .csv</source>
        <translation>{path}：未知的导出格式“{suffix}”；请使用 .png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="262"/>
        <source>export size {width} x {height}: each side must be from {min} to {max} pixels</source>
        <translation>导出尺寸 {width} x {height}：每边必须在 {min} 到 {max} 像素之间</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="263"/>
        <source>export scale {value}: must be from {min} to {max}</source>
        <translation>导出缩放 {value}：必须在 {min} 到 {max} 之间</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="264"/>
        <source>{path}: {width} x {height} pixels at scale {scale} is more than {max} pixels a side</source>
        <translation>{path}：{width} x {height} 像素在缩放 {scale} 下每边超过 {max} 像素</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="265"/>
        <source>{path}: this chart has no data to write as CSV</source>
        <translation>{path}：此图表没有可写成 CSV 的数据</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="266"/>
        <source>cannot draw the chart into {path}</source>
        <translation>无法把图表绘制到 {path}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="267"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="268"/>
        <source>{path}: the comparison table is written as CSV only; use a .csv file</source>
        <translation>{path}：比较表只能写成 CSV；请使用 .csv 文件</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="269"/>
        <source>the inputs give no plan to compare</source>
        <translation>当前输入无法得出可比较的规划</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="270"/>
        <source>the scatter has no point: no offer shown has both of its values (a law without a loss predicts none for a budget)</source>
        <translation>散点图没有点：所显示的报价都不同时具有它的两个值（没有损失公式的定律在按预算规划时不预测损失）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="271"/>
        <source>no offer can run this plan: {count} were left out</source>
        <translation>没有报价能运行此规划：{count} 个被排除</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="171"/>
        <source>region {region} belongs to {region_provider}, but offer {offer} is sold by {offer_provider}: its grid may not be where the offer runs</source>
        <translation>区域 {region} 属于 {region_provider}，但报价 {offer} 由 {offer_provider} 提供：该电网可能不是报价实际运行的地方</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="152"/>
        <source>a plan needs exactly one of: a budget (amount and unit), a job (parameters and tokens) or a target loss</source>
        <translation>计划需要且只需要以下之一：预算（数额和单位）、任务（参数和词元）或目标损失</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="153"/>
        <source>law {law} predicts no loss, only the compute-optimal size: it cannot plan for a target loss</source>
        <translation>定律 {law} 只给出计算最优规模而不预测损失：无法按目标损失做计划</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="154"/>
        <source>a loss of {loss} is at or below the irreducible loss {floor} of law {law}: no amount of compute reaches it; aim above {floor}</source>
        <translation>损失 {loss} 不高于定律 {law} 的不可约损失 {floor}：再多的算力也达不到；请把目标定在 {floor} 以上</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="155"/>
        <source>a loss of {loss} is above the loss {reached} that law {law} gives at its smallest compute, {flops} FLOPs: any run it plans does better</source>
        <translation>损失 {loss} 高于定律 {law} 在其最小算力 {flops} FLOPs 时给出的损失 {reached}：它规划的任何运行都更好</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="156"/>
        <source>law {law} gives no finite loss between {min} and {max} FLOPs: check its constants</source>
        <translation>定律 {law} 在 {min} 到 {max} FLOPs 之间没有有限的损失：请检查其常数</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="157"/>
        <source>a loss of {loss} takes more than {flops} FLOPs under law {law} (it reaches {reached} there): aim higher</source>
        <translation>在定律 {law} 下，损失 {loss} 需要超过 {flops} FLOPs（在那里达到 {reached}）：请把目标定高一些</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="172"/>
        <source>offer {offer} runs in {region}, which grid dataset {dataset} does not list: the grid falls back to the default</source>
        <translation>报价 {offer} 运行于 {region}，而电网数据集 {dataset} 未收录该区域：电网改用默认值</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="173"/>
        <source>no peak FLOP/s is known for {gpu}: give --peak-flops</source>
        <translation>{gpu} 的峰值 FLOP/s 未知：请给出 --peak-flops</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="174"/>
        <source>--amp applies to the 2020 GPUs of the Hugging Face study (V100, P100, P4, K80), not {gpu}</source>
        <translation>--amp 只适用于 Hugging Face 2020 研究中的 GPU（V100、P100、P4、K80），不适用于 {gpu}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="175"/>
        <source>--amp selects the 2020 speed model; it cannot be combined with --mfu, --peak-flops or --precision</source>
        <translation>--amp 选择 2020 速度模型，不能与 --mfu、--peak-flops 或 --precision 同时使用</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="176"/>
        <source>--offer and --usd-per-gpu-hour: give the price once</source>
        <translation>--offer 和 --usd-per-gpu-hour：价格只能给一次</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="177"/>
        <source>offer {offer} is for {offer_gpu}, not {gpu}</source>
        <translation>报价 {offer} 针对的是 {offer_gpu}，而不是 {gpu}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="178"/>
        <source>no TDP is known for {gpu}: give --gpu-watts</source>
        <translation>{gpu} 的 TDP 未知：请给出 --gpu-watts</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="179"/>
        <source>no GPU chosen: give --gpu (see &apos;frontier gpus&apos;)</source>
        <translation>未选择 GPU：请给出 --gpu（参见“frontier gpus”）</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="180"/>
        <source>{file}: malformed JSON: {detail}</source>
        <translation>{file}：JSON 格式错误：{detail}</translation>
    </message>
    <message>
        <location filename="../data/messagetext.cpp" line="181"/>
        <source>{file}: JSON nested more than {limit} levels deep (arrays and objects within each other)</source>
        <translation>{file}：JSON 嵌套超过 {limit} 层（数组与对象层层相套）</translation>
    </message>
</context>
<context>
    <name>PeopleFormat</name>
    <message>
        <location filename="../data/peopleformat.cpp" line="100"/>
        <source>FRONTIER_NUMBER_STYLE</source>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/window/application.cpp" line="42"/>
        <source>Frontier cannot start</source>
        <translation>Frontier 无法启动</translation>
    </message>
</context>
<context>
    <name>Quantity</name>
    <message>
        <location filename="../data/quantitywords.cpp" line="13"/>
        <source>2020 GPU</source>
        <translation>2020 年 GPU</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="14"/>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="15"/>
        <source>GPU power (W)</source>
        <translation>GPU 功率（W）</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="16"/>
        <source>GPU-hours</source>
        <translation>GPU 小时数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="17"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="18"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="19"/>
        <source>accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="20"/>
        <source>allocation exponent</source>
        <translation>分配指数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="21"/>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="22"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="23"/>
        <source>budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="24"/>
        <source>cloud offer</source>
        <translation>云报价</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="25"/>
        <source>compute</source>
        <translation>计算量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="26"/>
        <source>compute exponent</source>
        <translation>计算量指数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="27"/>
        <source>compute span</source>
        <translation>计算量跨度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="28"/>
        <source>constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="29"/>
        <source>constant A</source>
        <translation>常数 A</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="30"/>
        <source>constant B</source>
        <translation>常数 B</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="31"/>
        <source>constant E</source>
        <translation>常数 E</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="32"/>
        <source>constant a</source>
        <translation>常数 a</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="33"/>
        <source>constant alpha</source>
        <translation>常数 alpha</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="34"/>
        <source>constant beta</source>
        <translation>常数 beta</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="35"/>
        <source>constant R_D_star</source>
        <translation>常数 R_D_star</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="36"/>
        <source>constant R_N_star</source>
        <translation>常数 R_N_star</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="37"/>
        <source>fewest epochs</source>
        <translation>最少轮次</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="38"/>
        <source>epoch span</source>
        <translation>轮次跨度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="39"/>
        <source>constant k</source>
        <translation>常数 k</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="40"/>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="41"/>
        <source>electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="42"/>
        <source>energy (kWh)</source>
        <translation>能耗（kWh）</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="43"/>
        <source>fit method</source>
        <translation>拟合方法</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="44"/>
        <source>grid carbon intensity</source>
        <translation>电网碳强度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="45"/>
        <source>grid carbon intensity (g/kWh)</source>
        <translation>电网碳强度（g/kWh）</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="46"/>
        <source>hf2020 compute_column_scale</source>
        <translation>hf2020 compute_column_scale</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="47"/>
        <source>hf2020 constant a</source>
        <translation>hf2020 常数 a</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="48"/>
        <source>hf2020 constant b</source>
        <translation>hf2020 常数 b</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="49"/>
        <source>hf2020 constant c</source>
        <translation>hf2020 常数 c</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="50"/>
        <source>hf2020 constant d</source>
        <translation>hf2020 常数 d</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="51"/>
        <source>hf2020 constant e</source>
        <translation>hf2020 常数 e</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="52"/>
        <source>hf2020 constant f</source>
        <translation>hf2020 常数 f</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="53"/>
        <source>hf2020 steps_per_point</source>
        <translation>hf2020 steps_per_point</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="54"/>
        <source>hf2020 tokens per step (tokens_per_sequence x sequences_per_batch)</source>
        <translation>hf2020 每步词元数（tokens_per_sequence × sequences_per_batch）</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="55"/>
        <source>highest compute</source>
        <translation>最高计算量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="56"/>
        <source>law</source>
        <translation>规律</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="57"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="58"/>
        <source>lowest compute</source>
        <translation>最低计算量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="59"/>
        <source>micro-batch</source>
        <translation>微批量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="60"/>
        <source>model size</source>
        <translation>模型规模</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="61"/>
        <source>number of GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="62"/>
        <source>overhead factor</source>
        <translation>开销系数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="63"/>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="64"/>
        <source>peak FLOP/s</source>
        <translation>峰值 FLOP/s</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="65"/>
        <source>peak FLOP/s per GPU</source>
        <translation>每块 GPU 峰值 FLOP/s</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="66"/>
        <source>power fraction</source>
        <translation>功率比例</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="67"/>
        <source>price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="68"/>
        <source>scale of the reducible loss</source>
        <translation>可约损失的缩放</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="69"/>
        <source>sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="70"/>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="71"/>
        <source>table FLOPs</source>
        <translation>表中 FLOPs</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="72"/>
        <source>table parameters</source>
        <translation>表中参数量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="73"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="74"/>
        <source>tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="75"/>
        <source>unique tokens</source>
        <translation>唯一词元</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="76"/>
        <source>training compute</source>
        <translation>训练计算量</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="77"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="78"/>
        <source>tokens or FLOPs</source>
        <translation>词元数或 FLOPs</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="79"/>
        <source>training tokens</source>
        <translation>训练词元数</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="80"/>
        <source>the loss frontier L(C) = a*C^(-b) + c</source>
        <translation>损失前沿 L(C) = a*C^(-b) + c</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="81"/>
        <source>the optimal size N_opt(C) = d*C^e + f</source>
        <translation>最优规模 N_opt(C) = d*C^e + f</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="82"/>
        <source>carbon dataset</source>
        <translation>碳数据集</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="83"/>
        <source>country (ISO 3166 alpha-3)</source>
        <translation>国家（ISO 3166 三字母代码）</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="84"/>
        <source>mlco2 region</source>
        <translation>mlco2 区域</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="85"/>
        <source>codecarbon region</source>
        <translation>codecarbon 区域</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="86"/>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="87"/>
        <source>pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="88"/>
        <source>recomputation</source>
        <translation>重计算方式</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="89"/>
        <source>mixed-precision level</source>
        <translation>混合精度级别</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="90"/>
        <source>reducible loss</source>
        <translation>可约损失</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="91"/>
        <source>compute slope</source>
        <translation>计算量斜率</translation>
    </message>
    <message>
        <location filename="../data/quantitywords.cpp" line="92"/>
        <source>PUE provider</source>
        <translation>PUE 提供商</translation>
    </message>
    <message>
        <location filename="../data/quantityfaulttext.cpp" line="11"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <location filename="../data/quantityfaulttext.cpp" line="13"/>
        <source>&apos;%1&apos; is too small</source>
        <translation>“%1”太小</translation>
    </message>
    <message>
        <location filename="../data/quantityfaulttext.cpp" line="17"/>
        <source>&apos;%1&apos; is not a number (e.g. 20k, 1.5e21, $20,000)</source>
        <translation>“%1”不是数字（例如 20k、1.5e21、$20,000）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../data/reporttext.cpp" line="17"/>
        <source>For a budget of {budget}, the compute-optimal allocation of {law} is a model of {params} parameters trained on {tokens} tokens ({ratio} tokens per parameter, {flops} FLOPs).</source>
        <translation>在 {budget} 的预算下，{law} 的计算最优分配是一个 {params} 参数的模型，在 {tokens} 个词元上训练（每个参数 {ratio} 个词元，{flops} FLOPs）。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="22"/>
        <source>We train a model of {params} parameters on {tokens} tokens ({ratio} tokens per parameter, {flops} FLOPs), planned with {law}.</source>
        <translation>我们在 {tokens} 个词元上训练一个 {params} 参数的模型（每个参数 {ratio} 个词元，{flops} FLOPs），按 {law} 规划。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="25"/>
        <source>To reach a loss of {target} nats per token, the cheapest compute-optimal run of {law} is a model of {params} parameters trained on {tokens} tokens ({ratio} tokens per parameter, {flops} FLOPs).</source>
        <translation>要达到每词元 {target} 奈特的损失，{law} 最便宜的计算最优运行是一个 {params} 参数的模型，训练 {tokens} 词元（每参数 {ratio} 词元，{flops} FLOPs）。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="28"/>
        <source>The law predicts a loss of {loss} nats per token.</source>
        <translation>该定律预测的损失为每词元 {loss} 奈特。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="30"/>
        <source>As the 2020 calculator shapes it, that is a Transformer-XL of {layers} layers of {width} dimensions, or of {alt_layers} layers of {alt_width}.</source>
        <translation>按 2020 年计算器的形状，这是一个 {layers} 层、每层 {width} 维的 Transformer-XL，或 {alt_layers} 层、每层 {alt_width} 维。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="33"/>
        <source>A Llama-style decoder of that size has {layers} layers of width {width} with {heads} heads ({kv_heads} for keys and values) and {params} parameters in all.</source>
        <translation>同等规模的 Llama 式解码器有 {layers} 层，宽度 {width}，{heads} 个头（键和值 {kv_heads} 个），共 {params} 参数。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="36"/>
        <source>Training on {gpus} x {gpu} at {mfu} % model FLOPs utilisation of a {peak} FLOP/s peak per GPU takes {gpu_hours} GPU-hours, {days} days of wall-clock time.</source>
        <translation>在 {gpus} x {gpu} 上训练，每块 GPU 峰值 {peak} FLOP/s、模型 FLOPs 利用率 {mfu} %，需要 {gpu_hours} GPU 小时，实际耗时 {days} 天。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="40"/>
        <source>Training on {gpus} x {gpu}, timed by the Hugging Face 2020 speed model ({amp}), takes {gpu_hours} GPU-hours, {days} days of wall-clock time.</source>
        <translation>在 {gpus} x {gpu} 上训练，按 Hugging Face 2020 速度模型（{amp}）计时，需要 {gpu_hours} GPU 小时，实际耗时 {days} 天。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="44"/>
        <source>At {price} per GPU-hour ({offer}, listed {date}) it costs {cost}.</source>
        <translation>按每 GPU 小时 {price}（{offer}，{date} 报价）计算，花费 {cost}。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="45"/>
        <source>At {price} per GPU-hour it costs {cost}.</source>
        <translation>按每 GPU 小时 {price} 计算，花费 {cost}。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="47"/>
        <source>It uses {energy} kWh of electricity (PUE {pue}) and emits {co2} kg CO2eq at a grid intensity of {grid} g CO2eq/kWh ({region}).</source>
        <translation>它耗电 {energy} kWh（PUE {pue}），在 {grid} g CO2eq/kWh 的电网强度下（{region}）排放 {co2} kg CO2eq。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="49"/>
        <source>It uses {energy} kWh of electricity (PUE {pue}).</source>
        <translation>它耗电 {energy} kWh（PUE {pue}）。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="51"/>
        <source>That is {compute} % of the training compute of {run} ({run_flops} FLOPs).</source>
        <translation>这相当于 {run} 训练计算量（{run_flops} FLOPs）的 {compute} %。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="53"/>
        <source>That is {compute} % of the training compute of {run} ({run_flops} FLOPs) and {co2} % of its CO2 ({run_co2} t CO2eq as published).</source>
        <translation>这相当于 {run} 训练计算量（{run_flops} FLOPs）的 {compute} %，以及其 CO2（公布值 {run_co2} 吨 CO2eq）的 {co2} %。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="56"/>
        <source>At a batch of {batch} tokens it takes {steps} optimizer steps; the critical batch of Kaplan et al. (2020) at a loss of {loss} nats is {b_crit} tokens, so the run needs {steps_factor} x the least steps and {tokens_factor} x the least data for that loss.</source>
        <translation>批量为 {batch} 词元时需要 {steps} 个优化器步；在 {loss} 奈特的损失下，Kaplan 等（2020）的临界批量为 {b_crit} 词元，因此该运行所需步数是该损失最少步数的 {steps_factor} 倍，数据是最少数据的 {tokens_factor} 倍。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="58"/>
        <source>It is a mixture of experts: a Llama-style decoder of {layers} layers of width {width} with {experts} experts in each layer, {top_k} of them used for each token, so it has {total} parameters in all and uses {active} for each token. No scaling law Frontier ships predicts the loss of such a model, so no loss is given for it.</source>
        <translation>这是一个混合专家模型：Llama 风格的解码器，{layers} 层、宽 {width}，每层 {experts} 个专家，每个词元使用其中 {top_k} 个，因此共有 {total} 参数，每个词元使用 {active}。Frontier 附带的缩放定律都不预测这类模型的损失，因此不给出其损失。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="63"/>
        <source>With only {unique} unique tokens, the run repeats them for {epochs} epochs; they are worth {effective} tokens of new data, and the loss is {loss_lost} nats per token above what as much new data would give ({unlimited}).</source>
        <translation>仅有 {unique} 个不重复词元，训练将其重复 {epochs} 轮；它们相当于 {effective} 个新数据词元，损失比同样多的新数据高 {loss_lost} 奈特/词元（{unlimited}）。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="67"/>
        <source>Served with {bits}-bit weights at a context of {context} tokens and a batch of {batch}, on {gpus} x {gpu} ({offer}), it decodes {speed} tokens per second and costs {usd} per million tokens ({kwh} kWh per million tokens).</source>
        <translation>以 {bits} 位权重、{context} 词元上下文和批量 {batch} 部署在 {gpus} × {gpu}（{offer}）上，它每秒解码 {speed} 个词元，每百万词元花费 {usd}（每百万词元 {kwh} kWh）。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="71"/>
        <source>Its {what} of {value} is {factor} times the largest in the runs the law was fitted on ({range}), so the law is extrapolated here.</source>
        <translation>其{what}为 {value}，是该规律拟合所用训练记录中最大值的 {factor} 倍（{range}），因此此处是对规律的外推。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="74"/>
        <source>Its {what} of {value} is {factor} times below the smallest in the runs the law was fitted on ({range}), so the law is extrapolated here.</source>
        <translation>其{what}为 {value}，比该规律拟合所用训练记录中的最小值低 {factor} 倍（{range}），因此此处是对规律的外推。</translation>
    </message>
    <message>
        <location filename="../data/reporttext.cpp" line="104"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <location filename="../data/savefile.cpp" line="18"/>
        <source>the file could not be written</source>
        <translation>无法写入该文件</translation>
    </message>
    <message>
        <location filename="../data/savefile.cpp" line="31"/>
        <source>not a regular file (a folder, a device or a pipe); nothing was written</source>
        <translation>不是普通文件（而是文件夹、设备或管道）；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../data/savefile.cpp" line="33"/>
        <source>a link to a file that does not exist; nothing was written</source>
        <translation>链接指向的文件不存在；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../data/savefile.cpp" line="36"/>
        <source>the file is read-only; nothing was written</source>
        <translation>该文件为只读；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../data/sessionfile.cpp" line="35"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../data/sessionfile.cpp" line="37"/>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <location filename="../data/sessionfile.cpp" line="40"/>
        <source>%1: %2 bytes; a session file is at most %3 bytes</source>
        <translation>%1：%2 字节；会话文件最多 %3 字节</translation>
    </message>
    <message>
        <location filename="../data/sessionfile.cpp" line="46"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../data/sessionfile.cpp" line="49"/>
        <source>%1: more than %2 bytes; a session file is at most %2 bytes</source>
        <translation>%1：超过 %2 字节；会话文件最多 %2 字节</translation>
    </message>
    <message>
        <location filename="../data/sessionfile.cpp" line="57"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../data/sessionfile.cpp" line="66"/>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../ui/window/shortcutlist.cpp" line="77"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutlist.cpp" line="77"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutlist.cpp" line="77"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutlist.cpp" line="79"/>
        <source>(no menu)</source>
        <translation>（无菜单）</translation>
    </message>
    <message>
        <location filename="../ui/window/shortcutlist.cpp" line="84"/>
        <source>A chart with the focus also takes keys of its own, outside the menus: the arrow keys and Page Up / Page Down move the budget line, Home resets the zoom and Escape cancels a drag.</source>
        <translation>获得焦点的图表还有菜单之外的按键：方向键和 Page Up / Page Down 移动预算线，Home 重置缩放，Escape 取消拖动。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../ui/window/userguide.cpp" line="22"/>
        <source>The window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="31"/>
        <source>**Drag the blue budget line** on either chart: the budget changes in its own unit (dollars stay dollars) and every readout follows during the drag. Arrow keys nudge it by 10^±0.05, Page Up/Down by 10^±0.5.</source>
        <translation>在任一图表上**拖动蓝色预算线**：预算按其自身单位变化（美元仍是美元），拖动时每个读数随之更新。方向键每次移动 10^±0.05，Page Up/Down 每次 10^±0.5。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="36"/>
        <source>**Drag the red frontier** up or down to scale its reducible loss; drag the **square handle** at its right end to change its slope; drag the **N_opt line** of the allocation chart to tilt how fast the optimal size grows. The bent law keeps the published frontier faintly behind it, and its changed constants are marked in the law panel; Edit ▸ Reset law constants restores them.</source>
        <translation>上下**拖动红色前沿**可缩放其可约损失；拖动其右端的**方形手柄**可改变斜率；拖动分配图中的 **N_opt 线**可倾斜最优规模的增长速度。改动后的规律在其后淡淡保留已发表的前沿，改动的常数在规律面板中标出；编辑 ▸ 重置规律常数可恢复。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="24"/>
        <source>The window opens on a full plan: Chinchilla (unrounded constants), $20,000 on 8 × H100 SXM at the cheapest listed offer, the world-average grid. On the left are the inputs (budget in any of eight units, a fixed job or a target loss; the law and its constants; hardware, offer, pricing and memory settings; grid and PUE), in the middle the loss chart above the allocation chart, on the right the readouts.</source>
        <translation>窗口打开时即是一个完整的计划：Chinchilla（未取整的常数）、以最便宜的报价在 8 × H100 SXM 上花费 $20,000、全球平均电网。左侧是输入（八种单位之一的预算、固定任务或目标损失；定律及其常数；硬件、报价、定价和显存设置；电网和 PUE），中间是损失图（上）和分配图（下），右侧是读数。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="43"/>
        <source>**Click** the loss chart (away from the budget line and the frontier) to aim for that loss: planning for a target loss, it becomes the target; planning for a budget, the budget becomes the one whose compute-optimal run reaches it. Click the allocation chart for that model size (the job&apos;s N, or the budget or target whose optimal run has it): the Hugging Face 2020 calculator&apos;s two taps. The number fields do the same from the keyboard; a loss at or below the law&apos;s irreducible loss is refused with the reason.</source>
        <translation>在损失图上（避开预算线和前沿）**单击**，即以该损失为目标：按目标损失规划时，它成为目标；按预算规划时，预算变为其计算最优运行恰好达到该损失的那个预算。单击分配图则取该模型规模（任务的 N，或其最优运行具有该 N 的预算或目标）：即 Hugging Face 2020 计算器的两种点按。数字输入框可用键盘做同样的事；不高于定律不可约损失的损失会被拒绝并说明原因。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="51"/>
        <source>Every edit, click and drag is one step of Edit ▸ Undo / Redo. Wheel or rubber-band zoom, Ctrl+drag or the middle button to pan, double-click or Home to reset; the two charts share their FLOP axis.</source>
        <translation>每次编辑、单击和拖动都是“编辑 ▸ 撤销 / 重做”中的一步。滚轮或框选缩放，Ctrl+拖动或中键平移，双击或 Home 重置；两张图共用 FLOP 轴。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="56"/>
        <source>Everything works from the keyboard: Tab walks the inputs, the two charts and every readout in reading order (a screen reader reads each readout as &quot;Model size: 6.8 billion parameters&quot;). In a field, Escape puts back its last good value and Ctrl+Z undoes the typing first, then the plan&apos;s steps. A plan outside the runs its law was fitted on is warned in the readouts.</source>
        <translation>一切都可用键盘完成：Tab 按阅读顺序依次经过各输入、两张图表和每个读数（屏幕阅读器把每个读数读作“模型规模：68 亿 参数”）。在输入框中，Escape 恢复其上一个有效值，Ctrl+Z 先撤销输入的文字，再撤销计划的步骤。计划超出其规律拟合所用训练记录的范围时，读数中会给出警告。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="63"/>
        <source>**Batch**: give a batch in tokens or in sequences of the memory settings&apos; context, and the plan shows the steps its tokens take at that batch, S/S_min and E/E_min, Kaplan et al. 2020&apos;s critical batch B_crit at the plan&apos;s loss and what twice the batch would cost in data and save in steps (Section 5.1), with a small chart of steps against batch. B_crit was fitted to Kaplan&apos;s loss on WebText2: a plan made with another law reads it at the loss Kaplan&apos;s L(N, D) gives the same N and D, and says so. A batch at least 10 × B_crit is warned about, and on the 2020 GPUs so is a batch per GPU past where the Hugging Face study saw their speed stop growing (64 sequences on the V100 and P100, 16 on the K80 and P4). The batch is saved in sessions (`&quot;batch&quot;: {&quot;tokens&quot;: ...}`).</source>
        <translation>**批量**：以词元或以显存设置中上下文长度的序列数给出批量，计划即显示其词元在该批量下所需的步数、S/S_min 与 E/E_min、计划损失下 Kaplan 等 2020 的临界批量 B_crit，以及批量加倍在数据上的代价和在步数上的节省（第 5.1 节），并附一张步数随批量变化的小图。B_crit 是按 Kaplan 在 WebText2 上的损失拟合的：用其他定律做的计划，在 Kaplan 的 L(N, D) 对同一 N 和 D 给出的损失处读取，并注明这一点。批量达到 B_crit 的 10 倍及以上会给出警告；在 2020 年的 GPU 上，每个 GPU 的批量超过 Hugging Face 研究中速度停止增长之处（V100 和 P100 为 64 个序列，K80 和 P4 为 16 个）也会警告。批量保存在会话中（`&quot;batch&quot;: {&quot;tokens&quot;: ...}`）。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="75"/>
        <source>**Unique data**: type how many unique tokens you have, and a law with repetition terms (Muennighoff et al. 2023, `muennighoff2023`) plans the best run that repeats them: the epochs, what the repeated tokens and the extra parameters are worth, the loss lost against unlimited data and the least loss the data allows, with the paper&apos;s findings (about 4 epochs are nearly as good as new data; returns fade towards 16 and are near zero by 40) and a chart of loss against epochs at the plan&apos;s compute. Another law has no repetition terms: the group says so and its Switch law button changes the law, as one undo step.</source>
        <translation>**不重复数据**：输入您拥有的不重复词元数，带重复项的定律（Muennighoff 等人 2023，`muennighoff2023`）会规划重复使用它们的最佳训练：轮数、重复词元和多出的参数相当于多少、相对无限数据损失了多少、这些数据所能达到的最低损失，并给出论文的结论（约 4 轮几乎与新数据一样好；收益向 16 轮逐渐减弱，到 40 轮几乎为零），以及在计划算力下损失随轮数变化的图。其他定律没有重复项：该组会说明这一点，其“切换定律”按钮可更换定律，作为一步撤销操作。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="85"/>
        <source>**Sparse (mixture of experts)**: turn each layer&apos;s MLP into experts, of which each token uses top-k. The law&apos;s N becomes the parameters a token uses, so FLOPs, time and cost are the dense plan&apos;s; the total, counted to the parameter from the plan&apos;s Llama shape, is what memory must hold. No law Frontier ships predicts a mixture of experts&apos; loss, so the loss is withheld and the readouts say why. Jaszczur et al. 2021&apos;s unbatched decode times (17B: 3.69 s dense, 0.183 s sparse) are shown as their measurement, not carried to other hardware.</source>
        <translation>**稀疏（混合专家）**：把每层的 MLP 换成若干专家，每个词元使用其中 top-k 个。定律的 N 变为每个词元使用的参数，因此 FLOPs、时间和费用与稠密计划相同；总参数按计划的 Llama 形状精确计数，是显存必须容纳的量。Frontier 附带的定律都不预测混合专家模型的损失，因此不显示损失，读数会说明原因。Jaszczur 等人 2021 年的非批量解码时间（17B：稠密 3.69 秒，稀疏 0.183 秒）作为他们的测量结果显示，不推广到其他硬件。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="94"/>
        <source>**View ▸ Serving cost** (Ctrl+Shift+T): what a token of the plan&apos;s model costs once trained, on the plan&apos;s offer or another: the weights at 16, 8, 4 or any bits per weight and after pruning, the KV cache for a context and batch, the GPUs needed to hold them, decode tokens per second (bound by memory bandwidth at small batch, by compute at large), and dollars, kWh and CO2 per million tokens. Each readout&apos;s tooltip lists the assumptions and their sources. No law says what compression costs in quality: type your own measured loss penalty (Li et al. 2020&apos;s finding is quoted). The readouts&apos; Serving line shows the cost at the dock&apos;s settings.</source>
        <translation>**视图 ▸ 服务成本**（Ctrl+Shift+T）：计划中的模型训练完成后，在计划的报价或其他报价上每个词元的成本：16、8、4 或任意位宽及剪枝后的权重、给定上下文和批量的 KV 缓存、容纳它们所需的 GPU 数、每秒解码词元数（小批量时受显存带宽限制，大批量时受算力限制），以及每百万词元的美元、kWh 和 CO2。每个读数的提示列出所依据的假设及其来源。没有定律说明压缩在质量上的代价：请输入您自己测得的损失惩罚（引用了 Li 等人 2020 年的结论）。读数中的“部署服务”一行显示按该停靠窗设置计算的成本。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="104"/>
        <source>**View ▸ Inference-aware size** (Ctrl+Shift+I): give the tokens the model will serve over its life, and Frontier finds the smaller model, trained on more tokens, that reaches the same loss as the compute-optimal one for the least training plus serving cost (Sardana et al. 2024), in FLOPs and, with prices, in dollars. Both models are shown side by side with the saving, over a chart of total cost against lifetime tokens.</source>
        <translation>**视图 ▸ 推理感知规模**（Ctrl+Shift+I）：给出模型在整个生命周期中要部署服务的词元数，Frontier 会找出更小、用更多词元训练、与算力最优模型损失相同、训练加部署总成本最低的模型（Sardana 等人 2024），以 FLOPs 计，有价格时也以美元计。两个模型并排显示并给出节省，下方是总成本随全周期词元数变化的图。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="112"/>
        <source>**File ▸ Import runs…** (Ctrl+I) fits L(N, D) to a CSV of your own runs (the format `frontier fit` reads), by Hoffmann&apos;s grid or Epoch&apos;s maximum likelihood, on a worker thread with a progress bar and Cancel. (Above 500 runs the grid&apos;s 4,500 starts run on 500 of them, spread evenly, and its 10 best minima are refined on all runs, with a note saying so: 10,000 runs would take minutes otherwise.) The law joins the list as &quot;Fitted: FILE (method)&quot; and the plan switches to it, as one undo step; the runs are drawn on the loss chart, coloured by size like the curves. A bad file is refused with the line and column it stumbled on, and the plan stays as it was.</source>
        <translation>**文件 ▸ 导入训练记录…**（Ctrl+I）用 Hoffmann 的网格法或 Epoch 的最大似然法，将 L(N, D) 拟合到你自己训练记录的 CSV（`frontier fit` 读取的格式），在后台线程中进行，带进度条和取消按钮。（超过 500 条记录时，网格法的 4,500 个起点只在均匀选取的 500 条上运行，其最好的 10 个极小值再在全部记录上细化，并附说明：否则 10,000 条记录要花几分钟。）拟合出的规律以“已拟合：文件（方法）”加入列表，计划随之切换，作为一个撤销步骤；记录画在损失图上，像曲线一样按规模着色。有问题的文件会被拒绝，并指出出错的行和列，计划保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="122"/>
        <source>**Published runs** (View ▸ Chart layers): GPT-3, Gopher, Chinchilla, BLOOM, OPT, LLaMA, Llama 2 and PaLM as labelled points on both charts, at their training FLOPs (printed, else 6ND) and, on the loss chart, at the loss the *current* law predicts for their N and D (they reported no loss on one common dataset). Hover a point for its figures — parameters, tokens, FLOPs, accelerator, GPU-hours, energy, CO2 and how it was counted — each with its paper and table. Runs beyond the view are counted at the plot&apos;s edge. Under the readouts the plan is compared with one of them, GPT-3 at first: &quot;Your plan uses 1/27 of GPT-3 175B&apos;s compute and 1/130 of its CO2&quot; for the $20,000 plan. The catalogue, `resources/runs/runs.json`, leaves a figure empty, with the reason, where it could not be read in a source, and keeps both figures where sources disagree (BLOOM&apos;s 24.7 t dynamic and 50.5 t total CO2).</source>
        <translation>**已发表的运行**（视图 ▸ 图层）：GPT-3、Gopher、Chinchilla、BLOOM、OPT、LLaMA、Llama 2 和 PaLM 以带标签的点显示在两张图上，横坐标为其训练 FLOPs（有公布值用公布值，否则用 6ND）；在损失图上，纵坐标是*当前*定律对其 N 和 D 预测的损失（它们没有在同一数据集上报告损失）。悬停在点上可看其数据——参数、词元、FLOPs、加速器、GPU·小时、能耗、CO2 及其计算方式——每项都注明论文和表格。视图之外的运行在图边计数。读数下方把计划与其中之一对比，初始为 GPT-3：对 $20,000 的计划是“您的计划使用 GPT-3 175B 算力的 1/27、CO2 的 1/130”。目录 `resources/runs/runs.json` 中，未能在来源中读到的数据留空并注明原因，来源不一致时两者都保留（BLOOM 的 CO2 动态 24.7 吨、总计 50.5 吨）。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="135"/>
        <source>View ▸ Chart layers hides curves; View ▸ Language switches between English and 简体中文 at once, Qt&apos;s own buttons and dialogs included (from Qt&apos;s translations, Debian package `qt6-translations-l10n`).</source>
        <translation>视图 ▸ 图层可隐藏曲线；视图 ▸ 语言可在 English 和简体中文之间立即切换，包括 Qt 自身的按钮和对话框（来自 Qt 的翻译，Debian 软件包 `qt6-translations-l10n`）。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="140"/>
        <source>File ▸ Export chart… writes the loss chart, the allocation chart, or the comparison&apos;s bar chart or Pareto scatter as PNG (at 1–4× its pixels), SVG or PDF — as shown, without the hover crosshair and drag handles, with a title and the sources in small print — or the numbers behind it as CSV (units in the headers, a source on each row: the law&apos;s citation, or the offer&apos;s archived page and date). The comparison&apos;s table goes to CSV with the dock&apos;s filters and order, whether or not the dock is open. Edit ▸ Copy report puts the plan on the clipboard as a paragraph for a paper or a model card, with every source it used (Copy report as LaTeX escapes it for LaTeX).</source>
        <translation>文件 ▸ 导出图表… 将损失图、分配图、对比的柱状图或帕累托散点图导出为 PNG（1–4 倍像素）、SVG 或 PDF——与屏幕所见相同，但不含悬停十字线和拖动手柄，并附标题和小字来源——或将其背后的数字导出为 CSV（表头带单位，每行附来源：规律的引文，或报价的存档页面和日期）。对比表格按停靠窗口的筛选和顺序导出为 CSV，无论停靠窗口是否打开。编辑 ▸ 复制报告将计划作为一段可用于论文或模型卡的文字放到剪贴板，附上用到的每个来源（“复制报告为 LaTeX”会为 LaTeX 转义）。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="151"/>
        <source>File ▸ New / Open / Open Recent / Save / Save As keep a plan as a **session** (JSON, see below); the title shows the file and a `*` while there are unsaved changes, and New, Open and closing ask before discarding them. Unsaved work is copied aside within 30 seconds; after a crash the next start offers it back. The plan on show when the window closes comes back at the next start.</source>
        <translation>文件 ▸ 新建 / 打开 / 最近打开 / 保存 / 另存为 将计划保存为**会话**（JSON，见下文）；标题显示文件名，有未保存的更改时显示 `*`，新建、打开和关闭前会询问是否放弃更改。未保存的工作在 30 秒内另存一份副本；崩溃后下次启动会提供恢复。关闭窗口时显示的计划会在下次启动时恢复。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="158"/>
        <source>Help ▸ User guide (F1) opens this text in the window&apos;s language; Help ▸ Keyboard shortcuts lists every shortcut of the menus, read from the menus themselves; Help ▸ About Frontier gives the version, Frontier&apos;s licence, and every work its figures come from, each once with its licence.</source>
        <translation>帮助 ▸ 用户指南（F1）以窗口的语言打开本文；帮助 ▸ 键盘快捷键列出菜单中的每个快捷键，直接从菜单读取；帮助 ▸ 关于 Frontier 给出版本、Frontier 的许可证，以及其数据所来自的每部著作（各列一次，附许可证）。</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="163"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="165"/>
        <source>A session file holds the law and your constants, the budget and unit (or job), hardware, energy and carbon choices, memory settings, the charts&apos; zoom, the comparison&apos;s filters, and your runs and catalogue files by path, under a `schema_version` (the schema is described at the top of `model/plan/session.h`). The window and `frontier plan --session FILE.json [--json]` read the same files. Four examples sit in `docs/examples/`:</source>
        <translation>会话文件保存规律和你的常数、预算和单位（或任务）、硬件、能源和碳排放选择、显存设置、图表缩放、对比筛选，以及按路径引用的训练记录和目录文件，带有 `schema_version`（格式说明在 `model/plan/session.h` 开头）。窗口和 `frontier plan --session FILE.json [--json]` 读取相同的文件。`docs/examples/` 中有四个示例：</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="172"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="172"/>
        <source>the plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="174"/>
        <source>$500 on one H100 SXM at Lambda&apos;s listed price, US grid</source>
        <translation>按 Lambda 的标价在一块 H100 SXM 上花费 $500，美国电网</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="177"/>
        <source>$20,000 on 8 H100 SXM at GCP Iowa on demand, gcp/us-central1&apos;s grid</source>
        <translation>按 GCP 爱荷华按需价格在 8 块 H100 SXM 上花费 $20,000，gcp/us-central1 的电网</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="180"/>
        <source>70B parameters on 2T tokens on 2,048 H100 SXM, MFU 0.4, ZeRO-3, full recomputation</source>
        <translation>700 亿参数、2 万亿词元，2,048 块 H100 SXM，MFU 0.4，ZeRO-3，完全重计算</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="183"/>
        <source>the 2020 calculator&apos;s own pipeline: $100 on one V100 (its speed model, price, power and grid)</source>
        <translation>2020 计算器自身的流程：在一块 V100 上花费 $100（其速度模型、价格、功率和电网）</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="188"/>
        <source>Loading is tolerant where that is safe and strict where it is not: a missing key takes its default and an unknown key is ignored, each with a note (the status bar, or a warning on stderr); a wrong type, an implausible number (`resources/limits.json`), an unknown law, constant, GPU, offer, region or country, or a newer `schema_version` refuses the file with a message naming the key, and the work in the window stays as it was. A file over 10 MiB is refused before it is read, one whose arrays and objects nest more than 64 levels deep as soon as the reader reaches that level. Saving — a session, the recovery copy or any export — writes a new file beside the old one, flushes and counts it, and swaps it in only when complete, so a failed save (no permission, disk full, folder gone) names the path and the system&apos;s reason (&quot;No space left on device&quot;) and leaves the old file intact. A replaced file keeps its permissions; a target that is read-only, or not a regular file at all (a folder, a device, a pipe, or a link to one), is refused before anything is written. A recovery copy that was restored stays until the work is saved or a newer copy replaces it, so a second crash loses nothing either. A session names its law by id and stores no fit: a law fitted in the window opens only while that fit is loaded, and the runs file is kept by path so the fit can be made again.</source>
        <translation>读取在安全处宽松、在不安全处严格：缺少的键取默认值，未知的键被忽略，各附一条说明（状态栏，或 stderr 上的警告）；类型错误、不合理的数字（`resources/limits.json`）、未知的规律、常数、GPU、报价、区域或国家，或更新的 `schema_version` 会使文件被拒绝，消息中指出相应的键，窗口中的工作保持不变。超过 10 MiB 的文件在读取前即被拒绝；数组和对象嵌套超过 64 层的文件在读到该层时被拒绝。保存——会话、恢复副本或任何导出——先在旧文件旁写入新文件，刷新并核对后才替换，因此保存失败（无权限、磁盘已满、文件夹不存在）时会指出路径和系统给出的原因（“No space left on device”），旧文件保持完好。被替换的文件保留其权限；只读的目标，或根本不是普通文件的目标（文件夹、设备、管道，或指向它们的链接）在写入任何内容之前即被拒绝。已恢复的副本会一直保留，直到工作被保存或被更新的副本取代，因此第二次崩溃也不会丢失任何内容。会话按 id 指明规律，不保存拟合结果：在窗口中拟合的规律只有在该拟合已加载时才能打开，训练记录文件按路径保存，以便重新拟合。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::AllocationChart</name>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="115"/>
        <source>Training compute (FLOPs)</source>
        <translation>训练计算量（FLOPs）</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="115"/>
        <source>Parameters / tokens</source>
        <translation>参数量 / 词元数</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="116"/>
        <source>N_opt (parameters)</source>
        <translation>N_opt（参数量）</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="117"/>
        <source>D_opt (tokens)</source>
        <translation>D_opt（词元数）</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="118"/>
        <source>Published N_opt</source>
        <translation>已发布的 N_opt</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="119"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="120"/>
        <source>Published runs (size; tokens as hollow)</source>
        <translation>已发表的训练（规模；词元数为空心点）</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="219"/>
        <source>Drag up or down to tilt the optimal size N_opt: how fast it grows with compute. It turns about the budget&apos;s point on it, which stays where it is (ringed while you drag); the loss frontier stays too.</source>
        <translation>上下拖动可倾斜最优规模 N_opt，即它随计算量增长的快慢。它绕预算在其上的点旋转，该点保持不动（拖动时以圆圈标出）；损失前沿也保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="257"/>
        <source>Tilt the optimal size</source>
        <translation>倾斜最优规模</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="292"/>
        <source>Compute: %1 FLOPs</source>
        <translation>计算量：%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="293"/>
        <source>Pointer: %1</source>
        <translation>指针处：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="296"/>
        <source>N_opt %1 parameters, D_opt %2 tokens</source>
        <translation>N_opt %1 参数，D_opt %2 词元</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="308"/>
        <source>Allocation chart</source>
        <translation>分配图</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="315"/>
        <source>Compute-optimal parameters N_opt and tokens D_opt against training compute, log-log. Law: %1.</source>
        <translation>计算最优参数量 N_opt 和词元数 D_opt 随训练计算量的变化，双对数坐标。规律：%1。</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="317"/>
        <source>No plan for these inputs.</source>
        <translation>这些输入没有计划。</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="321"/>
        <source>Budget %1 FLOPs: %2 parameters, %3 tokens.</source>
        <translation>预算 %1 FLOPs：%2 参数，%3 词元。</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchart.cpp" line="323"/>
        <source>Drag the N_opt line to tilt it about the budget.</source>
        <translation>拖动 N_opt 线可使其绕预算倾斜。</translation>
    </message>
    <message>
        <location filename="../ui/charts/exportablecharts.cpp" line="28"/>
        <source>Compute-optimal parameters and tokens: %1</source>
        <translation>计算最优的参数量与词元数：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/exportablecharts.cpp" line="34"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchartknownruns.cpp" line="26"/>
        <source>The filled point is its parameters at its training FLOPs.</source>
        <translation>实心点为其参数量，位于其训练 FLOPs 处。</translation>
    </message>
    <message>
        <location filename="../ui/charts/allocationchartknownruns.cpp" line="29"/>
        <source>The hollow point is its training tokens at its training FLOPs.</source>
        <translation>空心点为其训练词元数，位于其训练 FLOPs 处。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartclicks.cpp" line="63"/>
        <source>Click to train a model of this size.</source>
        <translation>点击以训练此规模的模型。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartclicks.cpp" line="64"/>
        <source>Click for the budget whose compute-optimal model has this size.</source>
        <translation>点击以设定预算，使其计算最优模型为此规模。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartclicks.cpp" line="66"/>
        <source>Click to aim for the loss of the compute-optimal model of this size.</source>
        <translation>点击以此规模计算最优模型的损失为目标。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::BatchChart</name>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="28"/>
        <source>Batch (tokens)</source>
        <translation>批量（词元）</translation>
    </message>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="28"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="29"/>
        <source>Steps to the plan&apos;s loss</source>
        <translation>达到方案损失所需步数</translation>
    </message>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="30"/>
        <source>Critical batch</source>
        <translation>临界批量</translation>
    </message>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="31"/>
        <source>Your batch</source>
        <translation>你的批量</translation>
    </message>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="32"/>
        <source>Steps against batch size, with the critical batch marked</source>
        <translation>步数随批量大小的变化，并标出临界批量</translation>
    </message>
    <message>
        <location filename="../ui/charts/batchchart.cpp" line="79"/>
        <source>Batch %1 tokens: %2 steps, %3 × the least data</source>
        <translation>批量 %1 词元：%2 步，数据量为最少值的 %3 ×</translation>
    </message>
</context>
<context>
    <name>frontier::ui::BatchPanel</name>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="44"/>
        <source>%1 tokens is outside the plausible range %2 to %3</source>
        <translation>%1 词元超出合理范围 %2 到 %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="85"/>
        <source>Set batch</source>
        <translation>设置批量</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="99"/>
        <source>&amp;Batch:</source>
        <translation>批量(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="100"/>
        <source>&amp;In:</source>
        <translation>单位(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="101"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="101"/>
        <source>Tokens processed:</source>
        <translation>处理的词元数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="101"/>
        <source>Steps / least steps:</source>
        <translation>步数 / 最少步数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="101"/>
        <source>Data / least data:</source>
        <translation>数据量 / 最少数据量：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="102"/>
        <source>Critical batch:</source>
        <translation>临界批量：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="102"/>
        <source>Twice the batch:</source>
        <translation>批量加倍：</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="103"/>
        <source>Batch size per optimizer step</source>
        <translation>每个优化步的批量大小</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="104"/>
        <source>Unit of the batch size</source>
        <translation>批量大小的单位</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="105"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="106"/>
        <source>Give a batch to see the steps it takes and Kaplan et al. 2020&apos;s critical batch at the plan&apos;s loss.</source>
        <translation>给出批量，即可查看所需步数，以及方案损失下 Kaplan 等 2020 的临界批量。</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="114"/>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="115"/>
        <source>sequences of %1 tokens</source>
        <translation>长度为 %1 词元的序列</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="130"/>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="131"/>
        <source>%1 tokens</source>
        <translation>%1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="132"/>
        <source>%1 × (least: %2 steps)</source>
        <translation>%1 ×（最少：%2 步）</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="133"/>
        <source>%1 × (least: %2 tokens)</source>
        <translation>%1 ×（最少：%2 词元）</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="134"/>
        <source>%1 tokens at loss %2</source>
        <translation>损失 %2 下为 %1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="135"/>
        <source>%1 tokens at Kaplan&apos;s loss %2</source>
        <translation>Kaplan 损失 %2 下为 %1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="136"/>
        <source>%1 × the steps, %2 × the data</source>
        <translation>步数为 %1 ×，数据量为 %2 ×</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="140"/>
        <source>S = tokens / batch: the plan&apos;s training tokens at this batch</source>
        <translation>S = 词元数 / 批量：以此批量处理方案的训练词元所需的步数</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="141"/>
        <source>E = B × S: the plan&apos;s training tokens</source>
        <translation>E = B × S：方案的训练词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="142"/>
        <source>S / S_min = 1 + B_crit / B (Kaplan et al. 2020, Section 5.1): S_min is the fewest steps that reach this loss, at a batch far above B_crit</source>
        <translation>S / S_min = 1 + B_crit / B（Kaplan 等 2020，第 5.1 节）：S_min 是达到此损失的最少步数，对应远大于 B_crit 的批量</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="144"/>
        <source>E / E_min = 1 + B / B_crit (Kaplan et al. 2020, Section 5.1): E_min is the least data that reaches this loss, at a batch far below B_crit</source>
        <translation>E / E_min = 1 + B / B_crit（Kaplan 等 2020，第 5.1 节）：E_min 是达到此损失的最少数据量，对应远小于 B_crit 的批量</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="146"/>
        <source>B_crit(L) = B_* / L^(1/α_B) (Kaplan et al. 2020, Eq. 5.3), fitted to the loss in nats/token on WebText2. At B_crit a run takes twice the least steps and twice the least data.</source>
        <translation>B_crit(L) = B_* / L^(1/α_B)（Kaplan 等 2020，式 5.3），按 WebText2 上以奈特/词元计的损失拟合。批量为 B_crit 时，训练所需步数和数据量均为最少量的两倍。</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="148"/>
        <source>The same loss at twice this batch: more data for fewer steps (Kaplan et al. 2020, Eq. 5.1)</source>
        <translation>批量加倍时达到同一损失：用更多数据换更少步数（Kaplan 等 2020，式 5.1）</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="153"/>
        <source>B_crit read at the plan&apos;s own predicted loss.</source>
        <translation>B_crit 按方案自身的预测损失读取。</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="154"/>
        <source>B_crit read at %1 nats, the loss Kaplan&apos;s L(N, D) gives this N and D: B_crit was fitted to Kaplan&apos;s WebText2 loss, and this plan&apos;s law measures loss on other data.</source>
        <translation>B_crit 按 %1 奈特读取，即 Kaplan 的 L(N, D) 对此 N 和 D 给出的损失：B_crit 是按 Kaplan 的 WebText2 损失拟合的，而本方案的定律衡量的是其他数据上的损失。</translation>
    </message>
    <message>
        <location filename="../ui/panels/batchpanel.cpp" line="165"/>
        <source>The Hugging Face 2020 study saw the %1&apos;s speed stop growing past %2 sequences per GPU.</source>
        <translation>Hugging Face 2020 研究发现，%1 的速度在每个 GPU 超过 %2 个序列后不再提升。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::BudgetPanel</name>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="58"/>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="121"/>
        <source>&amp;Plan for:</source>
        <translation>规划方式(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="122"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="123"/>
        <source>Fixed job</source>
        <translation>固定任务</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="124"/>
        <source>Target loss</source>
        <translation>目标损失</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="125"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="126"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="127"/>
        <source>&amp;Parameters (N):</source>
        <translation>参数量 N(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="128"/>
        <source>&amp;Tokens (D):</source>
        <translation>词元数 D(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="129"/>
        <source>Target loss (&amp;nats/token):</source>
        <translation>目标损失（奈特/词元）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="130"/>
        <source>Budget amount</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="131"/>
        <source>Model parameters</source>
        <translation>模型参数量</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="132"/>
        <source>Training tokens</source>
        <translation>训练词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="133"/>
        <source>Target loss in nats per token</source>
        <translation>目标损失（奈特/词元）</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="134"/>
        <source>The loss to reach, in nats per token: the plan is the cheapest compute-optimal run that reaches it. A click on the loss chart sets it too.</source>
        <translation>要达到的损失（奈特/词元）：方案为达到该损失的最便宜的计算最优训练。在损失图上点击也可设置。</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="136"/>
        <source>A number as you would write it: 20k, $20,000, 1.5e21</source>
        <translation>按习惯书写的数字:20k、$20,000、1.5e21</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="137"/>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="137"/>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="137"/>
        <source>wall-clock hours</source>
        <translation>实际耗时(小时)</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="137"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="138"/>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="138"/>
        <source>PF-days</source>
        <translation>PF-天</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="138"/>
        <source>kWh</source>
        <translation>千瓦时</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="138"/>
        <source>kg CO2</source>
        <translation>千克 CO2</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="141"/>
        <source>Plan for a budget, a fixed job or a target loss</source>
        <translation>按预算、固定任务或目标损失规划</translation>
    </message>
    <message>
        <location filename="../ui/panels/budgetpanel.cpp" line="142"/>
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
</context>
<context>
    <name>frontier::ui::CatalogController</name>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="37"/>
        <source>Add &amp;catalogue…</source>
        <translation>添加目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="38"/>
        <source>Your own offers or accelerators (CSV or JSON), merged over the built-in ones</source>
        <translation>您自己的报价或加速器（CSV 或 JSON），合并到内置目录之上</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="39"/>
        <source>Remove catalo&amp;gue</source>
        <translation>移除目录(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="59"/>
        <source>Add catalogue</source>
        <translation>添加目录</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="60"/>
        <source>Catalogues (*.csv *.json);;All files (*)</source>
        <translation>目录 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="76"/>
        <source>Add catalogue %1</source>
        <translation>添加目录 %1</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="81"/>
        <source>Added catalogue %1</source>
        <translation>已添加目录 %1</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="96"/>
        <source>Remove catalogue %1</source>
        <translation>移除目录 %1</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="107"/>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/files/catalogcontroller.cpp" line="108"/>
        <source>The catalogues were not changed; the plan is unchanged.</source>
        <translation>目录未更改；计划保持不变。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::CompareBarChart</name>
    <message>
        <location filename="../ui/charts/comparebarchart.cpp" line="99"/>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../ui/charts/comparebarchart.cpp" line="100"/>
        <source>Current plan</source>
        <translation>当前方案</translation>
    </message>
    <message>
        <location filename="../ui/charts/comparebarchart.cpp" line="101"/>
        <source>Does not fit in memory</source>
        <translation>显存装不下</translation>
    </message>
</context>
<context>
    <name>frontier::ui::CompareDock</name>
    <message>
        <location filename="../ui/compare/comparecharts.cpp" line="75"/>
        <source>Cost (USD)</source>
        <translation>费用（美元）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecharts.cpp" line="77"/>
        <source>Wall-clock time (hours)</source>
        <translation>实际耗时（小时）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecharts.cpp" line="79"/>
        <source>Energy (kWh)</source>
        <translation>能耗（千瓦时）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecharts.cpp" line="81"/>
        <source>CO₂ (kg)</source>
        <translation>CO₂（千克）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparecharts.cpp" line="83"/>
        <location filename="../ui/compare/comparedock.cpp" line="230"/>
        <source>Predicted loss</source>
        <translation>预测损失</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="151"/>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="216"/>
        <source>Compare offers</source>
        <translation>比较报价</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="217"/>
        <source>C&amp;ompare offers</source>
        <translation>比较报价(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="218"/>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="219"/>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="220"/>
        <source>Max $/GPU-&amp;h:</source>
        <translation>最高 美元/GPU·时(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="221"/>
        <source>Highest price per GPU-hour to show</source>
        <translation>要显示的每 GPU 小时最高价格</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="222"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="223"/>
        <source>&amp;Fits in memory only</source>
        <translation>仅显示内存可容纳的(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="224"/>
        <source>Hide the offers on which the model does not fit, or where the GPU&apos;s memory is unknown</source>
        <translation>隐藏模型无法放入内存或 GPU 内存未知的报价</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="225"/>
        <source>&amp;Use this offer</source>
        <translation>使用此报价(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="226"/>
        <source>Make the selected offer the plan&apos;s hardware (also: double-click or Enter on a row)</source>
        <translation>将所选报价设为方案的硬件（也可在行上双击或按回车）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="227"/>
        <source>&amp;Bars:</source>
        <translation>柱状图(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="228"/>
        <source>Bar chart</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="229"/>
        <source>Pareto scatter</source>
        <translation>Pareto 散点图</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="230"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="230"/>
        <source>Wall-clock time</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="230"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="230"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="233"/>
        <source>Offers compared</source>
        <translation>参与比较的报价</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="234"/>
        <source>Bar chart of the chosen metric for the shown offers</source>
        <translation>所显示报价在所选指标上的柱状图</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="235"/>
        <source>Scatter of the shown offers with their Pareto front</source>
        <translation>所显示报价及其 Pareto 前沿的散点图</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="342"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="343"/>
        <source>All GPUs</source>
        <translation>所有 GPU</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="349"/>
        <source>%1 of %2</source>
        <extracomment>how many rows the filters leave: &quot;58 of 204&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="351"/>
        <source>Offers and GPUs shown, of those compared</source>
        <translation>已显示的报价和 GPU 数 / 参与比较的总数</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/comparedock.cpp" line="352"/>
        <source>%n more left out: the plan cannot be made on them</source>
        <translation>
            <numerusform>另有 %n 个被排除：无法在其上制定方案</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="417"/>
        <source>Use GPU %1</source>
        <translation>使用 GPU %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="417"/>
        <source>Use offer %1</source>
        <translation>使用报价 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="431"/>
        <source>%1 at %2</source>
        <extracomment>a cloud offer of a GPU: &quot;NVIDIA H100 SXM5 80GB at Google Cloud a3-highgpu-8g us-central1 ×8&quot;</extracomment>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="454"/>
        <source>Warning: on %1 the model does not fit in memory.</source>
        <extracomment>%1 an offer or GPU as the table names it; %2 why: &quot;does not fit: 118 GB per GPU needed on 1 GPUs ...&quot;</extracomment>
        <translation>警告：在 %1 上模型装不进显存。</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparedock.cpp" line="455"/>
        <source>Warning: on %1 the model %2</source>
        <translation>警告：在 %1 上，模型%2</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="28"/>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="33"/>
        <source>%1 FLOPs</source>
        <translation>%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="35"/>
        <source>%1 PF-days</source>
        <translation>%1 PF-天</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="39"/>
        <source>%1 CO₂</source>
        <translation>%1 CO₂</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="73"/>
        <source>%1 parameters, %2 tokens</source>
        <translation>%1 参数，%2 词元</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="76"/>
        <source>a target loss of %1</source>
        <translation>目标损失 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="77"/>
        <source>a budget of %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="91"/>
        <source>Law: %1</source>
        <translation>定律：%1</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="93"/>
        <source>Prices as listed from %1 to %2 (each offer&apos;s source names the page). Law: %3</source>
        <extracomment>%1 and %2 are ISO dates; %3 the law&apos;s citation</extracomment>
        <translation>价格为 %1 至 %2 间的标价（每个报价的来源注明了页面）。规律：%3</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="105"/>
        <source>%1 on each offer: %2</source>
        <extracomment>the bar chart&apos;s export title: &quot;Cost (USD) on each offer: 7 B parameters, 140 B tokens&quot;</extracomment>
        <translation>各报价的%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/export/comparisonexport.cpp" line="124"/>
        <source>Offers and their Pareto front: %1</source>
        <extracomment>the scatter&apos;s export title: &quot;Offers and their Pareto front: 7 B parameters, 140 B tokens&quot;</extracomment>
        <translation>各报价及其帕累托前沿：%1</translation>
    </message>
</context>
<context>
    <name>frontier::ui::CompareModel</name>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="125"/>
        <source>On the Pareto front: no other offer is better on one axis of the scatter and as good on the other</source>
        <translation>位于 Pareto 前沿：没有其他报价在散点图的一个轴上更优且在另一个轴上不差</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="127"/>
        <source>The plan&apos;s current hardware</source>
        <translation>方案当前使用的硬件</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="131"/>
        <source>Grid: %1</source>
        <translation>电网：%1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="148"/>
        <source>(no offer)</source>
        <translation>（无报价）</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="164"/>
        <source>1-year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="165"/>
        <source>3-year</source>
        <translation>3 年</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="166"/>
        <source>On-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="178"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="178"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="236"/>
        <source>★: on the Pareto front of the scatter&apos;s two axes</source>
        <translation>★：位于散点图两个轴的 Pareto 前沿</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="241"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="242"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="243"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="244"/>
        <source>GPUs/instance</source>
        <translation>每实例 GPU 数</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="245"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="246"/>
        <source>$/GPU-h</source>
        <translation>美元/GPU·时</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="247"/>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="248"/>
        <source>Pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="249"/>
        <source>Wall clock</source>
        <translation>实际耗时</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="250"/>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="251"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="252"/>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="253"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="254"/>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="255"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="256"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="257"/>
        <source>Tokens/param</source>
        <translation>每参数词元数</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparemodel.cpp" line="258"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>frontier::ui::CountField</name>
    <message>
        <location filename="../ui/panels/countfield.cpp" line="51"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../ui/panels/countfield.cpp" line="82"/>
        <source>%1 is not possible (%2); kept %3</source>
        <translation>%1 不可用（%2）；保留 %3</translation>
    </message>
</context>
<context>
    <name>frontier::ui::EnergyPanel</name>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="56"/>
        <source>must be above 0 and at most 1</source>
        <translation>必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="118"/>
        <source>&amp;Grid from:</source>
        <translation>电网数据来源(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="118"/>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="118"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="118"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="119"/>
        <source>&amp;Intensity (g CO2/kWh):</source>
        <translation>碳强度(克 CO2/千瓦时)(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="119"/>
        <source>&amp;PUE:</source>
        <translation>PUE(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="119"/>
        <source>Po&amp;wer fraction:</source>
        <translation>功率系数(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="120"/>
        <source>&amp;Electricity ($/kWh):</source>
        <translation>电价(美元/千瓦时)(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="123"/>
        <source>Default (the offer&apos;s region, else world average)</source>
        <translation>默认(报价所在区域,否则取世界平均)</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="124"/>
        <source>Cloud region</source>
        <translation>云区域</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="125"/>
        <source>Country average</source>
        <translation>国家平均</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="126"/>
        <source>Typed intensity</source>
        <translation>手动输入碳强度</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="127"/>
        <source>Where the grid carbon intensity comes from</source>
        <translation>电网碳强度的来源</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="128"/>
        <source>Grid carbon intensity in grams CO2 per kWh</source>
        <translation>电网碳强度,单位为克 CO2/千瓦时</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="129"/>
        <source>Power usage effectiveness</source>
        <translation>电能使用效率</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="130"/>
        <source>Average power as a fraction of TDP</source>
        <translation>平均功率占 TDP 的比例</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="131"/>
        <source>Electricity price in US dollars per kWh</source>
        <translation>电价,单位为美元/千瓦时</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="175"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="182"/>
        <source>provider default: %1</source>
        <translation>服务商默认值:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="184"/>
        <source>default: %1</source>
        <translation>默认:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/energypanel.cpp" line="189"/>
        <source>Planned with %1 g/kWh: %2</source>
        <translation>按 %1 克/千瓦时规划:%2</translation>
    </message>
</context>
<context>
    <name>frontier::ui::EpochsChart</name>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="29"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="29"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="30"/>
        <source>The plan&apos;s compute, N = C / (6 · epochs · U)</source>
        <translation>计划的算力，N = C / (6 · 轮次 · U)</translation>
    </message>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="31"/>
        <source>4, 16 and 40 epochs (Muennighoff et al. 2023)</source>
        <translation>4、16 和 40 轮（Muennighoff 等 2023）</translation>
    </message>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="32"/>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="33"/>
        <source>Loss against epochs at the plan&apos;s compute, with the plan marked</source>
        <translation>计划算力下损失随轮次的变化，并标出计划</translation>
    </message>
    <message>
        <location filename="../ui/charts/epochschart.cpp" line="86"/>
        <source>%1 epochs: %2 parameters on %3 tokens, loss %4</source>
        <translation>%1 轮：%2 参数，%3 词元，损失 %4</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ExportActions</name>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="72"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="73"/>
        <source>Copy re&amp;port</source>
        <translation>复制报告(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="74"/>
        <source>Copy report as &amp;LaTeX</source>
        <translation>复制报告为 LaTeX(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="95"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportactions.cpp" line="144"/>
        <source>The plan&apos;s report is on the clipboard</source>
        <translation>计划的报告已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="86"/>
        <location filename="../ui/export/exportdialog.cpp" line="115"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="87"/>
        <source>Loss chart</source>
        <translation>损失图</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="88"/>
        <source>Allocation chart</source>
        <translation>分配图</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="89"/>
        <source>Comparison: bar chart</source>
        <translation>比较：条形图</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="90"/>
        <source>Comparison: Pareto scatter</source>
        <translation>比较：帕累托散点图</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="91"/>
        <source>Comparison: table (CSV)</source>
        <translation>比较：表格（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="92"/>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="93"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="94"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="95"/>
        <source>Sc&amp;ale (PNG):</source>
        <translation>缩放(&amp;A)（PNG）：</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="100"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="101"/>
        <source>chart.png, .svg, .pdf or .csv</source>
        <translation>chart.png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="114"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Chart data, CSV (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;图表数据，CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>frontier::ui::HardwarePanel</name>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="95"/>
        <source>must be above 0 and at most 1</source>
        <translation>必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="194"/>
        <source>&amp;Accelerator:</source>
        <translation>加速器(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="194"/>
        <source>&amp;GPUs:</source>
        <translation>GPU 数量(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="194"/>
        <source>Cloud &amp;offer:</source>
        <translation>云报价(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="194"/>
        <source>&amp;Typed price ($/GPU-h):</source>
        <translation>手动价格(美元/GPU 小时)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="195"/>
        <source>Pricing &amp;basis:</source>
        <translation>计价方式(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="195"/>
        <source>P&amp;recision:</source>
        <translation>精度(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="195"/>
        <source>&amp;MFU:</source>
        <translation>MFU(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="195"/>
        <source>O&amp;verhead factor:</source>
        <translation>开销系数(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="196"/>
        <source>AMP &amp;level (2020 GPUs):</source>
        <translation>AMP 级别(2020 年 GPU)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="196"/>
        <source>&amp;ZeRO stage:</source>
        <translation>ZeRO 阶段(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="196"/>
        <source>Micro-&amp;batch (sequences):</source>
        <translation>微批大小(序列数)(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="197"/>
        <source>&amp;Sequence length (tokens):</source>
        <translation>序列长度(词元)(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="197"/>
        <source>Re&amp;computation:</source>
        <translation>重计算(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="200"/>
        <source>On-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="201"/>
        <source>1-year commitment</source>
        <translation>1 年承诺</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="202"/>
        <source>3-year commitment</source>
        <translation>3 年承诺</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="203"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="207"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="208"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="271"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="204"/>
        <source>O0 (fp32)</source>
        <translation>O0(fp32)</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="205"/>
        <source>O1 (mixed)</source>
        <translation>O1(混合精度)</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="206"/>
        <source>O2 (almost fp16)</source>
        <translation>O2(几乎全 fp16)</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="209"/>
        <source>None</source>
        <translation>不重计算</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="210"/>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="211"/>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="212"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="213"/>
        <source>Show or hide what decides whether the model fits in GPU memory</source>
        <translation>显示或隐藏决定模型能否放入 GPU 显存的设置</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="214"/>
        <source>Typed price in US dollars per GPU-hour</source>
        <translation>手动输入的价格,单位为美元/GPU 小时</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="215"/>
        <source>Model FLOPs utilisation</source>
        <translation>模型 FLOPs 利用率</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="216"/>
        <source>Overhead factor</source>
        <translation>开销系数</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="217"/>
        <source>Micro-batch in sequences per GPU</source>
        <translation>每个 GPU 的微批大小(序列数)</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="218"/>
        <source>Sequence length in tokens</source>
        <translation>序列长度(词元数)</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="219"/>
        <source>Number of GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="232"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="260"/>
        <source>%1 (yours)</source>
        <extracomment>a chip from the user&apos;s own catalogue file, &quot;My H100 (yours)&quot;
----------
an offer from the user&apos;s own catalogue file</extracomment>
        <translation>%1（您的）</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="243"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="248"/>
        <source>Cheapest listed</source>
        <translation>最便宜的报价</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="255"/>
        <source>%1 — %2/GPU-h (%3)</source>
        <extracomment>an offer: its description, price per GPU-hour and date, &quot;Google Cloud a3-highgpu-1g — $11.06/GPU-h (2025-03-17)&quot;</extracomment>
        <translation>%1 — %2/GPU 小时(%3)</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="265"/>
        <source>Typed price</source>
        <translation>手动输入价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/hardwarepanel.cpp" line="317"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="318"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="322"/>
        <location filename="../ui/panels/hardwarepanel.cpp" line="323"/>
        <source>default: %1</source>
        <translation>默认:%1</translation>
    </message>
</context>
<context>
    <name>frontier::ui::HelpMenu</name>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="38"/>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="39"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="40"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="67"/>
        <source>Frontier user guide</source>
        <translation>Frontier 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ImportRunsController</name>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="43"/>
        <source>Import of %1 cancelled: no law was added</source>
        <translation>已取消导入 %1：未添加任何定律</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="54"/>
        <source>&amp;Import runs…</source>
        <translation>导入训练记录(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="56"/>
        <source>Fit a scaling law to your own training runs (a CSV of parameters, tokens or FLOPs, and loss)</source>
        <translation>用您自己的训练记录拟合缩放定律（CSV 文件：参数量、词元数或 FLOPs，以及损失）</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="66"/>
        <location filename="../ui/files/importrunscontroller.cpp" line="101"/>
        <location filename="../ui/files/importrunscontroller.cpp" line="176"/>
        <source>Import runs</source>
        <translation>导入训练记录</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="67"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/files/importrunscontroller.cpp" line="98"/>
        <source>Fitting L(N, D) to %n runs from %1…</source>
        <translation>
            <numerusform>正在用 %1 中的 %n 次训练拟合 L(N, D)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="156"/>
        <source>Import runs from %1</source>
        <translation>从 %1 导入训练记录</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="157"/>
        <source>Fitted: %1 — E = %2, A = %3, B = %4, alpha = %5, beta = %6</source>
        <translation>拟合：%1 — E = %2，A = %3，B = %4，alpha = %5，beta = %6</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunscontroller.cpp" line="177"/>
        <source>The runs were not imported; the plan is unchanged.</source>
        <translation>训练记录未导入；计划保持不变。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ImportRunsDialog</name>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="67"/>
        <source>Import runs</source>
        <translation>导入训练记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/files/importrunsdialog.cpp" line="69"/>
        <source>%n runs read from %1. Fit L(N, D) = E + A/N^alpha + B/D^beta to them:</source>
        <translation>
            <numerusform>已从 %1 读取 %n 次训练。用它们拟合 L(N, D) = E + A/N^alpha + B/D^beta：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="71"/>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="72"/>
        <source>Hoffmann et al. 2022 (Huber loss, L-BFGS from a grid of starts)</source>
        <translation>Hoffmann 等 2022（Huber 损失，从网格起点运行 L-BFGS）</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="73"/>
        <source>Epoch AI 2024 (maximum likelihood)</source>
        <translation>Epoch AI 2024（最大似然）</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="74"/>
        <source>Fitting method</source>
        <translation>拟合方法</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="75"/>
        <source>&amp;Leave out the highest-loss runs:</source>
        <translation>排除损失最高的训练数(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="76"/>
        <source>Epoch AI&apos;s refit leaves out the 5 highest-loss of Hoffmann&apos;s runs</source>
        <translation>Epoch AI 的重新拟合排除了 Hoffmann 数据中损失最高的 5 次训练</translation>
    </message>
    <message>
        <location filename="../ui/files/importrunsdialog.cpp" line="77"/>
        <source>Number of highest-loss runs to leave out</source>
        <translation>要排除的损失最高的训练次数</translation>
    </message>
</context>
<context>
    <name>frontier::ui::InferenceChart</name>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="51"/>
        <source>Lifetime inference tokens</source>
        <translation>生命周期推理词元数</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="47"/>
        <source>Total (USD)</source>
        <translation>总计（USD）</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="48"/>
        <source>Total (kWh)</source>
        <translation>总计（kWh）</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="49"/>
        <source>Total (kg CO2)</source>
        <translation>总计（kg CO2）</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="50"/>
        <source>Total (FLOPs)</source>
        <translation>总计（FLOPs）</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="52"/>
        <source>Compute-optimal model</source>
        <translation>计算最优模型</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="53"/>
        <source>Inference-aware model</source>
        <translation>推理感知模型</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="54"/>
        <source>Your lifetime tokens</source>
        <translation>你的生命周期词元数</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="55"/>
        <source>Total lifetime cost against lifetime inference tokens, compute-optimal and inference-aware</source>
        <translation>生命周期总成本随生命周期推理词元数的变化：计算最优与推理感知</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="70"/>
        <source>%1 CO2</source>
        <translation>%1 CO2</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="73"/>
        <source>%1 FLOPs</source>
        <translation>%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/charts/inferencechart.cpp" line="134"/>
        <source>%1 tokens served: compute-optimal %2 (%3 parameters), inference-aware %4 (%5 parameters)</source>
        <translation>服务 %1 词元：计算最优 %2（%3 参数），推理感知 %4（%5 参数）</translation>
    </message>
</context>
<context>
    <name>frontier::ui::InferenceDock</name>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="99"/>
        <source>Inference-aware size</source>
        <translation>推理感知规模</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="101"/>
        <source>&amp;Inference-Aware Size</source>
        <translation>推理感知规模(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="211"/>
        <source>%1 (%2 a GPU-hour)</source>
        <translation>%1（每 GPU·小时 %2）</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="212"/>
        <source>%1 (no price)</source>
        <translation>%1（无价格）</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="220"/>
        <source>No plan yet: the comparison needs the plan&apos;s loss.</source>
        <translation>尚无计划：比较需要计划的损失。</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="225"/>
        <source>This law predicts no loss L(N, D) for a size and a number of tokens, so it cannot trade one for the other. Choose a law with L(N, D), such as Chinchilla&apos;s.</source>
        <translation>该定律不对给定规模和词元数预测损失 L(N, D)，因此无法在两者之间权衡。请选择具有 L(N, D) 的定律，例如 Chinchilla 的定律。</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="255"/>
        <source>Served on %1, each token priced by the serving dock&apos;s decode model (memory bandwidth and compute at %2 bits, a %3-token context, batch %4) for the compute-optimal size, and in proportion to the size for others. Training FLOPs cost 6·N·D; minimising training + serving at the plan&apos;s loss gives the inference-aware model (Sardana et al. 2024, arXiv:2401.00448).</source>
        <translation>部署在 %1 上，每个词元按部署停靠窗的解码模型计价（%2 位、%3 词元上下文、批量 %4 下的显存带宽和算力），以算力最优规模为准，其他规模按规模成比例计价。训练 FLOPs 为 6·N·D；在计划的损失下最小化训练 + 部署，得到考虑推理的模型（Sardana 等人 2024，arXiv:2401.00448）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="264"/>
        <source>Served on %1 at %2 % MFU: Sardana et al. 2024&apos;s average request of %3 prompt tokens at %4 % and %5 answer tokens at %6 %. Training FLOPs cost 6·N·D, serving 2·N per token; minimising their sum at the plan&apos;s loss gives the inference-aware model (arXiv:2401.00448).</source>
        <translation>部署在 %1 上，MFU 为 %2 %：按 Sardana 等人 2024 年的平均请求，%3 个提示词元为 %4 %，%5 个回答词元为 %6 %。训练 FLOPs 为 6·N·D，部署每词元 2·N；在计划的损失下最小化二者之和，得到考虑推理的模型（arXiv:2401.00448）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="275"/>
        <source>Without a grid intensity for both, costs are in FLOPs.</source>
        <translation>两边都没有电网碳强度时，成本以 FLOPs 计。</translation>
    </message>
    <message>
        <location filename="../ui/compare/inferencedock.cpp" line="276"/>
        <source>Without a price for both, costs are in FLOPs.</source>
        <translation>两者未都定价时，成本以 FLOPs 计。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::InferencePanel</name>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="134"/>
        <source>Lifetime inference tokens</source>
        <translation>生命周期推理词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="135"/>
        <source>Lifetime &amp;inference tokens:</source>
        <translation>生命周期推理词元数(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="136"/>
        <source>Tokens the model will serve over its life, prompts and answers together (requests × tokens per request)</source>
        <translation>模型在整个生命周期内将服务的词元数，提示与回答合计（请求数 × 每请求词元数）</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="138"/>
        <source>Serving &amp;offer:</source>
        <translation>部署报价(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="139"/>
        <source>Serving offer</source>
        <translation>部署报价</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="140"/>
        <source>The cloud offer that serves the model: its GPU and on-demand price. The plan&apos;s serves it on the plan&apos;s GPU at the plan&apos;s price.</source>
        <translation>部署模型所用的云报价：其 GPU 和按需价格。“计划所用”表示在计划的 GPU 上按计划的价格部署。</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="142"/>
        <source>Tokens &amp;priced by:</source>
        <translation>词元计价方式(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="143"/>
        <source>Served tokens priced by</source>
        <translation>部署词元的计价方式</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="144"/>
        <source>Decode speed</source>
        <translation>解码速度</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="145"/>
        <source>Sardana&apos;s MFU</source>
        <translation>Sardana 的 MFU</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="147"/>
        <source>Decode speed: the serving GPU&apos;s memory bandwidth and compute at serving.json&apos;s bits, context and batch, the serving dock&apos;s model, so both docks agree on what a token costs. Sardana et al.&apos;s MFU: one average utilisation (50 % for the prompt, 1 % for the answer) on any GPU; it reproduces the paper&apos;s figures.</source>
        <translation>解码速度：按 serving.json 的位宽、上下文和批量，用部署 GPU 的显存带宽和算力计算，即部署停靠窗的模型，因此两个停靠窗对一个词元的成本看法一致。Sardana 等人的 MFU：对任何 GPU 都使用同一个平均利用率（提示 50 %，回答 1 %）；它能复现论文的图表。</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="150"/>
        <source>&amp;Minimise:</source>
        <translation>最小化(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="151"/>
        <source>Minimise</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="152"/>
        <source>Dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="153"/>
        <source>Energy (kWh)</source>
        <translation>能耗（kWh）</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="154"/>
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="155"/>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="156"/>
        <source>Each is its own minimisation: the model of least energy is not the model of least cost when serving&apos;s price and power stand in another ratio to training&apos;s.</source>
        <translation>每一项都单独最小化：当部署与训练的价格比和功率比不同时，能耗最低的模型并不是成本最低的模型。</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="158"/>
        <source>Compute-optimal</source>
        <translation>计算最优</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="159"/>
        <source>Inference-aware</source>
        <translation>推理感知</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="160"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="161"/>
        <source>Training tokens</source>
        <translation>训练词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="162"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="163"/>
        <source>Lifetime serving</source>
        <translation>生命周期部署服务</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="164"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="197"/>
        <source>%1 CO2</source>
        <translation>%1 CO2</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="200"/>
        <source>%1 FLOPs</source>
        <translation>%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="222"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="228"/>
        <source>Saving: %1 (%2 % of the compute-optimal model&apos;s lifetime cost), with a model %3 the size trained on %4 the tokens</source>
        <translation>节省：%1（计算最优模型生命周期成本的 %2%），模型规模为其 %3，训练词元为其 %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/inferencepanel.cpp" line="231"/>
        <location filename="../ui/panels/inferencepanel.cpp" line="232"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>frontier::ui::LawPanel</name>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="42"/>
        <source>Source: %1</source>
        <translation>来源:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="44"/>
        <source>Standard error: %1</source>
        <translation>标准误差:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="58"/>
        <source>up to %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="59"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="136"/>
        <source>&amp;Law:</source>
        <translation>定律(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="137"/>
        <source>&amp;Reset constants</source>
        <translation>重置常数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="138"/>
        <source>Put the published (or fitted) values back</source>
        <translation>恢复已发表(或拟合)的数值</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="139"/>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="139"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="139"/>
        <source>Published</source>
        <translation>发表值</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="139"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="140"/>
        <source>Law constants</source>
        <translation>定律常数</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="141"/>
        <source>Scaling law</source>
        <translation>缩放定律</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="171"/>
        <source>Fitted: %1</source>
        <translation>拟合：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="185"/>
        <source>%1 FLOPs</source>
        <translation>%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="189"/>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="193"/>
        <source>%1 tokens</source>
        <translation>%1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="197"/>
        <source>Fitted on runs of %1.</source>
        <translation>拟合所用训练记录：%1。</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="232"/>
        <source>Your value (published: %1)</source>
        <translation>你的数值(发表值:%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/lawpanel.cpp" line="261"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>frontier::ui::LossChart</name>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="114"/>
        <source>Training compute (FLOPs)</source>
        <translation>训练计算量（FLOPs）</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="114"/>
        <source>Loss (nats per token)</source>
        <translation>损失（每词元 nat）</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="116"/>
        <source>Measured runs</source>
        <translation>实测训练曲线</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="116"/>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="117"/>
        <source>Compute frontier</source>
        <translation>计算前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="118"/>
        <source>Published frontier</source>
        <translation>已发布的前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="119"/>
        <source>Envelope of L(N, D)</source>
        <translation>L(N, D) 的包络</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="120"/>
        <source>Optimal size</source>
        <translation>最优规模</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="121"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="122"/>
        <source>Imported runs</source>
        <translation>导入的训练记录</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="123"/>
        <source>Published runs</source>
        <translation>已发表的训练</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="124"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="125"/>
        <source>This law predicts model sizes, not losses:
the allocation chart below carries the plan.</source>
        <translation>此规律只预测模型规模，不预测损失：
方案见下方的分配图。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="88"/>
        <source>Drag left or right to change the budget.</source>
        <translation>左右拖动可改变预算。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="89"/>
        <source>Drag up or down to move the frontier: its reducible loss, the same factor at every compute.</source>
        <translation>上下拖动可移动前沿：其可约损失在每个计算量处按同一倍数变化。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="91"/>
        <source>Drag up or down to change the frontier&apos;s slope. It turns about the budget&apos;s point on the frontier, which stays where it is (ringed while you drag).</source>
        <translation>上下拖动可改变前沿的斜率。它绕预算在前沿上的点旋转，该点保持不动（拖动时以圆圈标出）。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="135"/>
        <source>Drag budget</source>
        <translation>拖动预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="136"/>
        <source>Move frontier</source>
        <translation>移动前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="137"/>
        <source>Change frontier slope</source>
        <translation>改变前沿斜率</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="218"/>
        <source>Compute: %1 FLOPs</source>
        <translation>计算量：%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="219"/>
        <source>Loss: %1 nats/token</source>
        <translation>损失：%1 nat/词元</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="236"/>
        <source>Nearest curve: %1 parameters</source>
        <translation>最近的曲线：%1 参数</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="249"/>
        <source>Loss chart</source>
        <translation>损失图</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="256"/>
        <source>Loss against training compute, log-log. Law: %1.</source>
        <translation>损失随训练计算量的变化，双对数坐标。规律：%1。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="258"/>
        <source>No plan for these inputs.</source>
        <translation>这些输入没有计划。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="261"/>
        <source>Budget %1 FLOPs; compute-optimal: %2 parameters, %3 tokens</source>
        <translation>预算 %1 FLOPs；计算最优：%2 参数，%3 词元</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="264"/>
        <source>, loss %1.</source>
        <translation>，损失 %1。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="264"/>
        <source>; this law predicts no loss.</source>
        <translation>；该规律不预测损失。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="267"/>
        <source>Planned for a target loss of %1: type another in the budget panel, or click the chart at a loss.</source>
        <translation>按目标损失 %1 规划：可在预算面板中输入其他值，或在图表上点击某个损失。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartdrag.cpp" line="270"/>
        <source>Left and Right arrows change the budget; drag the budget line, the frontier or its square handle.</source>
        <translation>左右方向键改变预算；可拖动预算线、前沿或其方形手柄。</translation>
    </message>
    <message>
        <location filename="../ui/charts/exportablecharts.cpp" line="13"/>
        <source>Loss against training compute: %1</source>
        <translation>损失与训练计算量：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/exportablecharts.cpp" line="18"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartclicks.cpp" line="28"/>
        <source>Click to aim for this loss.</source>
        <translation>点击以此损失为目标。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartclicks.cpp" line="29"/>
        <source>Click for the budget whose compute-optimal run reaches this loss.</source>
        <translation>点击以设定预算，使其计算最优训练达到此损失。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartknownruns.cpp" line="43"/>
        <source>Placed at the loss %1 predicts for its parameters and tokens: %2 nats/token.</source>
        <translation>放在 %1 对其参数量和词元数预测的损失处：%2 奈特/词元。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartknownruns.cpp" line="46"/>
        <source>Placed on %1&apos;s compute frontier at its FLOPs: %2 nats/token.</source>
        <translation>放在 %1 的计算前沿上其 FLOPs 处：%2 奈特/词元。</translation>
    </message>
    <message>
        <location filename="../ui/charts/losschartknownruns.cpp" line="55"/>
        <source>Published runs reported no loss on one common dataset: the height is the law&apos;s prediction, not a measured loss.</source>
        <translation>已发表的训练未在同一公共数据集上报告损失：高度为定律的预测值，而非实测损失。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="180"/>
        <source>Not taken: %1</source>
        <translation>未采用：%1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="363"/>
        <source>Cannot load the translation &apos;%1&apos;; the language stays as it was</source>
        <translation>无法加载翻译“%1”；界面语言保持不变</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="164"/>
        <source>Frontier — compute-optimal model size</source>
        <translation>Frontier — 算力最优的模型规模</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <source>Scaling law</source>
        <translation>缩放规律</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <source>Energy and carbon</source>
        <translation>能耗与碳排放</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="371"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="372"/>
        <source>Unique data</source>
        <translation>唯一数据</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="373"/>
        <source>Sparse (mixture of experts)</source>
        <translation>稀疏（混合专家）</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="376"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="377"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="380"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="381"/>
        <source>Reset law &amp;constants</source>
        <translation>重置规律常数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="382"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="383"/>
        <source>&amp;Chart layers</source>
        <translation>图层(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="384"/>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="384"/>
        <source>Compute frontier</source>
        <translation>计算前沿</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="384"/>
        <source>Published frontier</source>
        <translation>已发布的前沿</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="385"/>
        <source>Envelope of L(N, D)</source>
        <translation>L(N, D) 的包络</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="385"/>
        <source>Optimal size at the budget</source>
        <translation>预算下的最优规模</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="385"/>
        <source>Budget marker</source>
        <translation>预算标记</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="386"/>
        <source>Imported runs</source>
        <translation>导入的训练记录</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="386"/>
        <source>Published runs</source>
        <translation>已发表的训练</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="389"/>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="390"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="391"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="392"/>
        <source>&amp;Follow the desktop</source>
        <translation>跟随桌面(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="392"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="392"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="37"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="41"/>
        <source>&amp;About Frontier</source>
        <translation>关于 Frontier(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="396"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="397"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="398"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="399"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="407"/>
        <source>Not planned: %1 (the last plan that worked is shown)</source>
        <translation>无法规划：%1（显示的是上一个可行方案）</translation>
    </message>
    <message>
        <location filename="../ui/window/helpmenu.cpp" line="79"/>
        <source>About Frontier</source>
        <translation>关于 Frontier</translation>
    </message>
</context>
<context>
    <name>frontier::ui::NumberField</name>
    <message>
        <location filename="../ui/panels/numberfield.cpp" line="95"/>
        <source>must be from %1 to %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <location filename="../ui/panels/numberfield.cpp" line="82"/>
        <source>a number is needed here</source>
        <translation>此处需要一个数字</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ParetoChart</name>
    <message>
        <location filename="../ui/charts/paretochart.cpp" line="73"/>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../ui/charts/paretochart.cpp" line="74"/>
        <source>Pareto front</source>
        <translation>Pareto 前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/paretochart.cpp" line="75"/>
        <source>Current plan</source>
        <translation>当前方案</translation>
    </message>
    <message>
        <location filename="../ui/charts/paretochart.cpp" line="76"/>
        <source>No offer shown has both values to plot. With a budget, a law without a loss predicts none.</source>
        <translation>所显示的报价都没有可绘制的两个值。按预算规划时，没有损失公式的定律不预测损失。</translation>
    </message>
</context>
<context>
    <name>frontier::ui::PlanDocument</name>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="153"/>
        <source>Choose law %1</source>
        <translation>选择规律 %1</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="160"/>
        <source>Change law constants</source>
        <translation>修改规律常数</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="167"/>
        <source>Reset law constants</source>
        <translation>重置规律常数</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="176"/>
        <source>Set budget</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="185"/>
        <source>Set job</source>
        <translation>设置任务</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="193"/>
        <source>Set target loss</source>
        <translation>设置目标损失</translation>
    </message>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="200"/>
        <source>Change hardware or energy</source>
        <translation>修改硬件或能源设置</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ReadoutsPanel</name>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="112"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="113"/>
        <source>%1 per million tokens (%2)</source>
        <translation>每百万词元 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="114"/>
        <source>At 16 bits per weight, one sequence of %1 tokens: %2 tokens/s on %3 GPU(s), %4 per million tokens. View ▸ Serving cost changes the bits, pruning, context, batch and offer.</source>
        <translation>每权重 16 位、单个 %1 词元的序列：在 %3 个 GPU 上 %2 词元/秒，每百万词元 %4。可在“视图 ▸ 服务成本”中更改位数、剪枝、上下文、批量和报价。</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="127"/>
        <source>Model size:</source>
        <translation>模型规模:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="127"/>
        <source>Training tokens:</source>
        <translation>训练词元:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="127"/>
        <source>Tokens per parameter:</source>
        <translation>每参数词元数:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="127"/>
        <source>Predicted loss:</source>
        <translation>预测损失:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="128"/>
        <source>Compute:</source>
        <translation>计算量:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="128"/>
        <source>GPU time:</source>
        <translation>GPU 时间:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="128"/>
        <source>Wall-clock time:</source>
        <translation>实际耗时:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="128"/>
        <source>Cost:</source>
        <translation>费用:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="129"/>
        <source>Energy:</source>
        <translation>能耗:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="129"/>
        <source>CO2:</source>
        <translation>CO2:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="129"/>
        <source>That is about:</source>
        <translation>大约相当于:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="129"/>
        <source>Memory per GPU:</source>
        <translation>每 GPU 显存:</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="130"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="130"/>
        <source>Critical batch:</source>
        <translation>临界批量：</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="130"/>
        <source>Serving:</source>
        <translation>部署服务：</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="136"/>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="137"/>
        <source>Copy every readout as plain text</source>
        <translation>将所有读数复制为纯文本</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="154"/>
        <source>No plan for these inputs: %1. The figures below are the last plan that worked.</source>
        <translation>这些输入无法得出方案:%1。下面的数字来自上一个可行的方案。</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="158"/>
        <source>no plan yet</source>
        <translation>尚无计划</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="169"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="175"/>
        <source>The fixed job you typed</source>
        <translation>你输入的固定任务</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="176"/>
        <source>The law&apos;s cheapest compute-optimal run that reaches a loss of %1: C = %2 FLOPs
Law: %3</source>
        <translation>定律下达到损失 %1 的最便宜的计算最优训练：C = %2 FLOPs
定律：%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="178"/>
        <source>The law&apos;s compute-optimal split of C = %1 FLOPs
Law: %2</source>
        <translation>定律对 C = %1 FLOPs 的计算最优分配
定律:%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="182"/>
        <location filename="../ui/panels/readoutspanel.cpp" line="184"/>
        <source>%1 parameters a token uses</source>
        <translation>每个词元使用 %1 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="183"/>
        <source>A mixture of experts: %1 parameters in all</source>
        <translation>混合专家模型：共 %1 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="186"/>
        <location filename="../ui/panels/readoutspanel.cpp" line="187"/>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="188"/>
        <location filename="../ui/panels/readoutspanel.cpp" line="189"/>
        <source>%1 tokens</source>
        <translation>%1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="190"/>
        <source>D / N</source>
        <translation>D / N</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="191"/>
        <source>this law predicts no loss</source>
        <translation>此定律不预测损失</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="194"/>
        <source>%1 (the target)</source>
        <extracomment>the predicted loss of a plan made for a target loss: &quot;2.000 (the target)&quot;</extracomment>
        <translation>%1（目标）</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="201"/>
        <source>L(N, D) of the law at the plan&apos;s N and D
Law: %1</source>
        <translation>定律在方案的 N 和 D 处的 L(N, D)
定律:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="202"/>
        <source>%1 FLOPs (%2 PF-days)</source>
        <translation>%1 FLOPs(%2 PF-天)</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="203"/>
        <source>C ≈ 6 N D training FLOPs; a PF-day is 10^15 FLOP/s for a day</source>
        <translation>C ≈ 6 N D 训练 FLOPs;1 PF-天为 10^15 FLOP/s 持续一天</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="204"/>
        <source>Throughput: %1</source>
        <translation>吞吐量:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="205"/>
        <source>Peak: %1</source>
        <translation>峰值:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="206"/>
        <source>MFU: %1</source>
        <translation>MFU:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="207"/>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="208"/>
        <source>GPU-hours = C / (peak FLOP/s × MFU) × overhead / 3600</source>
        <translation>GPU 小时 = C / (峰值 FLOP/s × MFU) × 开销 / 3600</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="209"/>
        <source>%1 on %2 GPUs</source>
        <translation>%1,使用 %2 个 GPU</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="210"/>
        <source>Wall-clock hours = GPU-hours / GPUs</source>
        <translation>实际小时数 = GPU 小时 / GPU 数量</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="211"/>
        <source>no price per GPU-hour</source>
        <translation>没有每 GPU 小时价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="212"/>
        <source>Cost = GPU-hours × price per GPU-hour</source>
        <translation>费用 = GPU 小时 × 每 GPU 小时价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="212"/>
        <source>Price: %1</source>
        <translation>价格:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="215"/>
        <source>%1 (electricity %2)</source>
        <translation>%1(电费 %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="217"/>
        <source>kWh = GPU-hours × watts × power fraction × PUE / 1000</source>
        <translation>千瓦时 = GPU 小时 × 瓦数 × 功率系数 × PUE / 1000</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="217"/>
        <source>Watts: %1</source>
        <translation>瓦数:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="218"/>
        <source>Power fraction: %1</source>
        <translation>功率系数:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="218"/>
        <source>PUE: %1</source>
        <translation>PUE:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="219"/>
        <source>no grid intensity</source>
        <translation>没有电网碳强度</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="220"/>
        <source>kg CO2 = kWh × grid g/kWh / 1000</source>
        <translation>千克 CO2 = 千瓦时 × 电网 克/千瓦时 / 1000</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="220"/>
        <source>Grid: %1</source>
        <translation>电网:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="229"/>
        <source>%1 km by car, %2 flights London–New York, %3 tree-seedling years</source>
        <translation>驾车 %1 公里、伦敦–纽约航班 %2 次、树苗生长 %3 年</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="231"/>
        <source>Car: %1</source>
        <translation>汽车:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="232"/>
        <source>Flight: %1</source>
        <translation>航班:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="233"/>
        <source>Trees: %1</source>
        <translation>树木:%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="243"/>
        <source>%1 GB of %2 GB usable: fits</source>
        <translation>%1 GB，可用 %2 GB：装得下</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="244"/>
        <source>%1 GB of %2 GB usable: does not fit</source>
        <translation>%1 GB，可用 %2 GB：装不下</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="246"/>
        <source>fits on %1 GPUs with ZeRO-%2</source>
        <translation>在 %1 个 GPU、ZeRO-%2 下放得下</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="248"/>
        <source>no number of GPUs holds it</source>
        <translation>多少个 GPU 都放不下</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="250"/>
        <source>Weights, gradients and Adam state (%1 bytes per parameter, sharded by ZeRO-%2) plus one micro-batch of activations</source>
        <translation>权重、梯度和 Adam 状态(每参数 %1 字节,按 ZeRO-%2 分片)加上一个微批的激活值</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="255"/>
        <source>Usable: %2 of the GPU&apos;s %1 GB, %3 GB; the rest is left to the CUDA context, the framework&apos;s workspace and fragmentation. GB as GPU vendors count them, 2^30 bytes.</source>
        <translation>可用：GPU 的 %1 GB 中的 %2，即 %3 GB；其余留给 CUDA 上下文、框架工作区和碎片。GB 按 GPU 厂商的算法，即 2^30 字节。</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="258"/>
        <source>GPU memory unknown: not checked</source>
        <translation>GPU 显存未知:未检查</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="264"/>
        <source>%1 at %2 tokens a batch (%3 × the least)</source>
        <translation>%1，每批 %2 词元（最少步数的 %3 ×）</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="267"/>
        <source>S = tokens / batch; S / S_min = 1 + B_crit / B (Kaplan et al. 2020, Section 5.1)</source>
        <translation>S = 词元数 / 批量；S / S_min = 1 + B_crit / B（Kaplan 等 2020，第 5.1 节）</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="271"/>
        <source>%1 tokens at loss %2</source>
        <translation>损失 %2 下为 %1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="272"/>
        <source>%1 tokens at Kaplan&apos;s loss %2 for this N and D</source>
        <translation>Kaplan 对此 N 和 D 给出的损失 %2 下为 %1 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="273"/>
        <source>B_crit(L) = B_* / L^(1/α_B), Kaplan et al. 2020 Eq. 5.3, fitted to the loss on WebText2</source>
        <translation>B_crit(L) = B_* / L^(1/α_B)，Kaplan 等 2020 式 5.3，按 WebText2 上的损失拟合</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="337"/>
        <source>Mixture of experts: %1 experts, %2 used per token: %3 parameters in all, %4 per token; no law predicts its loss, so none is shown</source>
        <translation>混合专家：%1 个专家，每词元使用 %2 个：共 %3 参数，每词元 %4；没有定律预测其损失，因此不显示</translation>
    </message>
    <message>
        <location filename="../ui/panels/readoutspanel.cpp" line="343"/>
        <source>Unique data: %1 tokens repeated for %2 epochs, worth %3 tokens of new data; loss %4 above unlimited data (%5)</source>
        <translation>不重复数据：%1 词元重复 %2 轮，相当于 %3 个新数据词元；损失比无限数据高 %4（%5）</translation>
    </message>
</context>
<context>
    <name>frontier::ui::RunComparisonLine</name>
    <message>
        <location filename="../ui/panels/runcomparisonline.cpp" line="82"/>
        <source>Compared with:</source>
        <translation>对比对象：</translation>
    </message>
    <message>
        <location filename="../ui/panels/runcomparisonline.cpp" line="83"/>
        <source>A published training run to hold the plan against</source>
        <translation>用来与方案对比的已发表训练</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ServingDock</name>
    <message>
        <location filename="../ui/panels/servingdock.cpp" line="34"/>
        <source>Serving</source>
        <translation>部署服务</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingdock.cpp" line="35"/>
        <source>&amp;Serving cost</source>
        <translation>服务成本(&amp;S)</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ServingOffers</name>
    <message>
        <location filename="../ui/panels/servingoffers.cpp" line="34"/>
        <source>The plan&apos;s: %1</source>
        <translation>计划所用：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingoffers.cpp" line="40"/>
        <source>%1 (%2, $%3/GPU-h)</source>
        <extracomment>%1 an offer&apos;s provider and name, %2 its GPU, %3 its on-demand price</extracomment>
        <translation>%1（%2，$%3/GPU·小时）</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ServingPanel</name>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="34"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="97"/>
        <source>bits per weight must be above 0 and at most %1</source>
        <translation>每权重位数必须大于 0 且不超过 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="99"/>
        <source>a share from 0 up to (not including) 1</source>
        <translation>0 到 1 之间的比例（含 0，不含 1）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="101"/>
        <source>a whole number of tokens from 1 to %1</source>
        <translation>1 到 %1 之间的整数词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="104"/>
        <source>a whole number of sequences from 1 to %1</source>
        <translation>1 到 %1 之间的整数序列数</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="107"/>
        <source>from 0 to %1 nats per token</source>
        <translation>0 到 %1 奈特/词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="248"/>
        <source>Assumptions and sources:</source>
        <translation>假设与来源：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="252"/>
        <source>%1 at %2 bits (16: %3, 8: %4, 4: %5)</source>
        <translation>%2 位时为 %1（16 位：%3，8 位：%4，4 位：%5）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="256"/>
        <source>Weights = parameters × (1 − pruned share) × bits / 8 bytes, for %1 parameters</source>
        <translation>权重 = 参数 × (1 − 剪枝比例) × 位数 / 8 字节，参数为 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="258"/>
        <source>%1 (%2 layers × %3 KV heads × %4)</source>
        <translation>%1（%2 层 × %3 个 KV 头 × %4）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="260"/>
        <source>KV cache = 2 × layers × KV heads × head dim × %1 bytes × context × batch; the shape is the Llama-style candidate for the plan&apos;s size (see Model shapes)</source>
        <translation>KV 缓存 = 2 × 层数 × KV 头数 × 头维度 × %1 字节 × 上下文 × 批量；形状取计划规模下的 Llama 式候选（见“模型形状”）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="263"/>
        <source>%1 × %2 (%3 usable each)</source>
        <translation>%1 × %2（每块可用 %3）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="264"/>
        <source>GPUs = weights + KV cache over %1 of each GPU&apos;s memory</source>
        <translation>GPU 数 = (权重 + KV 缓存) / 每个 GPU 显存的 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="266"/>
        <source>%1 tokens/s (memory-bound; compute allows %2)</source>
        <translation>%1 词元/秒（受内存带宽限制；算力允许 %2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="267"/>
        <source>%1 tokens/s (compute-bound; memory allows %2)</source>
        <translation>%1 词元/秒（受算力限制；内存带宽允许 %2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="271"/>
        <source>Memory bound = batch × GPUs × bandwidth / (weights + KV cache) per step; compute bound = GPUs × peak × MFU / (2 × active parameters); the speed is the smaller</source>
        <translation>内存带宽上限 = 批量 × GPU 数 × 带宽 / 每步的 (权重 + KV 缓存)；算力上限 = GPU 数 × 峰值 × MFU / (2 × 激活参数)；速度取两者中较小者</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="274"/>
        <location filename="../ui/panels/servingpanel.cpp" line="276"/>
        <location filename="../ui/panels/servingpanel.cpp" line="278"/>
        <source>%1 per million tokens</source>
        <translation>每百万词元 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="274"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="275"/>
        <source>GPUs × price per GPU-hour × hours per million tokens</source>
        <translation>GPU 数 × 每 GPU·小时价格 × 每百万词元所需小时数</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="277"/>
        <source>GPU-hours × watts × power fraction × PUE, the plan&apos;s power and PUE</source>
        <translation>GPU·小时 × 瓦数 × 功率占比 × PUE，功率与 PUE 取计划的设置</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="278"/>
        <source>no grid intensity</source>
        <translation>无电网碳强度</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="279"/>
        <source>kWh × the plan&apos;s grid intensity</source>
        <translation>kWh × 计划的电网碳强度</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="281"/>
        <source>no loss (the law predicts none)</source>
        <translation>无损失（该定律不预测损失）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="283"/>
        <source>%1 (the plan&apos;s %2 + your penalty %3)</source>
        <translation>%1（计划的 %2 + 您的惩罚 %3）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="285"/>
        <source>%1, the plan&apos;s: no penalty typed</source>
        <translation>%1，即计划的损失：未输入惩罚</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="286"/>
        <source>No law predicts the loss compression costs: type your own measured penalty.</source>
        <translation>没有定律能预测压缩带来的损失代价：请输入您自己测得的惩罚值。</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="291"/>
        <source>16 bits (bf16/fp16)</source>
        <translation>16 位（bf16/fp16）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="292"/>
        <source>8 bits</source>
        <translation>8 位</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="293"/>
        <source>4 bits</source>
        <translation>4 位</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="294"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="295"/>
        <source>Bits per weight</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="297"/>
        <source>&amp;Bits per weight:</source>
        <translation>每权重位数(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="297"/>
        <source>Custom b&amp;its:</source>
        <translation>自定义位数(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="297"/>
        <source>&amp;Pruned share:</source>
        <translation>剪枝比例(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="298"/>
        <source>Conte&amp;xt (tokens):</source>
        <translation>上下文（词元）(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="298"/>
        <source>Ba&amp;tch (sequences):</source>
        <translation>批量（序列）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="299"/>
        <source>Serving o&amp;ffer:</source>
        <translation>服务报价(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="299"/>
        <source>&amp;Loss penalty:</source>
        <translation>损失惩罚(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="302"/>
        <source>Custom bits per weight</source>
        <translation>自定义每权重位数</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="303"/>
        <source>Share of the weights pruned</source>
        <translation>被剪枝的权重比例</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="304"/>
        <source>Context length in tokens</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="305"/>
        <source>Sequences decoded together</source>
        <translation>同时解码的序列数</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="306"/>
        <source>Your loss penalty for the compression, nats per token</source>
        <translation>您为压缩设定的损失惩罚，单位为奈特/词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="307"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="308"/>
        <source>Serving offer</source>
        <translation>服务报价</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="309"/>
        <source>The cloud offer the model is served on: its GPU and on-demand price. Power fraction, PUE and grid are the plan&apos;s.</source>
        <translation>部署模型所用的云报价：其 GPU 与按需价格。功率占比、PUE 和电网沿用计划的设置。</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="310"/>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="310"/>
        <source>KV cache:</source>
        <translation>KV 缓存：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="310"/>
        <source>GPUs:</source>
        <translation>GPU 数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="310"/>
        <source>Decode:</source>
        <translation>解码：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="311"/>
        <source>Cost:</source>
        <translation>成本：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="311"/>
        <source>Energy:</source>
        <translation>能耗：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="311"/>
        <source>CO2:</source>
        <translation>CO2：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="311"/>
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="315"/>
        <source>Compression and quality: larger Transformers lose less accuracy under heavy quantisation and pruning than smaller ones, so a heavily compressed large model can beat a lightly compressed small one (Li et al. 2020, Train Large, Then Compress, arXiv:2002.11794). No general law says what a given compression costs: type your own measured loss penalty.</source>
        <translation>压缩与质量：在重度量化和剪枝下，较大的 Transformer 比较小的损失的精度更少，因此重度压缩的大模型可能胜过轻度压缩的小模型（Li 等 2020，Train Large, Then Compress，arXiv:2002.11794）。没有通用定律能给出某种压缩的代价：请输入您自己测得的损失惩罚。</translation>
    </message>
    <message>
        <location filename="../ui/panels/servingpanel.cpp" line="320"/>
        <source>Compression and quality</source>
        <translation>压缩与质量</translation>
    </message>
</context>
<context>
    <name>frontier::ui::SessionController</name>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="50"/>
        <source>Frontier sessions (*.json);;All files (*)</source>
        <translation>Frontier 会话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="59"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="60"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="68"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="69"/>
        <source>Frontier did not close normally last time. Restore the changes that were not saved?</source>
        <translation>Frontier 上次未正常关闭。要恢复尚未保存的更改吗？</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="78"/>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="82"/>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="145"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="146"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="147"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="148"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="149"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="156"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="166"/>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="239"/>
        <source>Left out catalogue files: %1</source>
        <translation>已略去的目录文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="272"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="287"/>
        <source>Opened %1: %2</source>
        <translation>已打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="290"/>
        <source>Cannot open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="300"/>
        <source>Cannot save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="319"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="453"/>
        <source>Restored the unsaved work of the last run</source>
        <translation>已恢复上次运行中未保存的工作</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="456"/>
        <source>Cannot restore the unsaved work</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../ui/files/sessioncontroller.cpp" line="471"/>
        <source>The last plan could not be restored (%1); the defaults are shown</source>
        <translation>无法恢复上次的方案（%1）；显示默认值</translation>
    </message>
</context>
<context>
    <name>frontier::ui::ShapesPanel</name>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="34"/>
        <source>Transformer-XL, the 2020 calculator&apos;s</source>
        <translation>Transformer-XL，2020 计算器所用</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="36"/>
        <source>Transformer-XL, the calculator&apos;s alternative</source>
        <translation>Transformer-XL，计算器的备选</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="38"/>
        <source>GPT-2 style, wide</source>
        <translation>GPT-2 风格，宽</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="38"/>
        <source>Llama style, wide</source>
        <translation>Llama 风格，宽</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="40"/>
        <source>GPT-2 style, narrow</source>
        <translation>GPT-2 风格，窄</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="40"/>
        <source>Llama style, narrow</source>
        <translation>Llama 风格，窄</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="44"/>
        <source>Typed shape</source>
        <translation>手动输入的形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="51"/>
        <source>%1 layers × %2</source>
        <translation>%1 层 × %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="52"/>
        <source>%1 heads</source>
        <translation>%1 个注意力头</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="53"/>
        <source>%1 heads (%2 KV)</source>
        <translation>%1 个注意力头（%2 个 KV）</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="54"/>
        <source>FFN %1</source>
        <translation>FFN %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="57"/>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="58"/>
        <source>%1 non-embedding parameters</source>
        <translation>%1 非嵌入参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="66"/>
        <source>%1: head size %2, vocabulary %3, context %4</source>
        <translation>%1：头维度 %2，词表 %3，上下文 %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="71"/>
        <source>Non-embedding parameters: %1</source>
        <translation>非嵌入参数量：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="72"/>
        <source>d_model / layers: %1</source>
        <translation>d_model / 层数：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="78"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="128"/>
        <source>&amp;Model shapes:</source>
        <translation>模型形状(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="129"/>
        <source>Model shapes for the plan&apos;s size</source>
        <translation>符合方案规模的模型形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="130"/>
        <source>Layers and widths that have the plan&apos;s number of parameters, counted exactly</source>
        <translation>参数量与方案精确相等的层数与宽度组合</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="131"/>
        <source>&amp;Save config…</source>
        <translation>保存配置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="132"/>
        <source>Write the chosen shape&apos;s transformers config to a JSON file</source>
        <translation>将所选形状的 transformers 配置写入 JSON 文件</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="171"/>
        <source>&amp;Copy as config</source>
        <extracomment>%1 a transformers configuration class: LlamaConfig, GPT2Config or TransfoXLConfig</extracomment>
        <translation>复制为配置(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="171"/>
        <source>&amp;Copy as %1</source>
        <translation>复制为 %1(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="172"/>
        <source>Put the chosen shape&apos;s transformers config (JSON) on the clipboard</source>
        <translation>将所选形状的 transformers 配置（JSON）放到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="196"/>
        <source>no shape is chosen</source>
        <translation>未选择形状</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="206"/>
        <source>%1 copied to the clipboard</source>
        <translation>%1 已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="213"/>
        <source>Save config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="214"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="218"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/shapespanel.cpp" line="220"/>
        <source>%1 saved to %2</source>
        <translation>%1 已保存到 %2</translation>
    </message>
</context>
<context>
    <name>frontier::ui::SparsePanel</name>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="90"/>
        <source>Set mixture of experts</source>
        <translation>设置混合专家</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="90"/>
        <source>Turn off mixture of experts</source>
        <translation>关闭混合专家</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="103"/>
        <source>Mixture o&amp;f experts</source>
        <translation>混合专家(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="104"/>
        <source>Turn each layer&apos;s MLP into experts, of which every token uses a few: the plan&apos;s N becomes the parameters a token uses (training FLOPs 6·N·D), and memory holds every expert</source>
        <translation>把每层的 MLP 拆成多个专家，每个词元只使用其中几个：计划的 N 变为每个词元使用的参数（训练 FLOPs 为 6·N·D），而显存要容纳全部专家</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="106"/>
        <source>E&amp;xperts per layer:</source>
        <translation>每层专家数(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="107"/>
        <source>Experts per to&amp;ken (top-k):</source>
        <translation>每词元专家数（top-k）(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="108"/>
        <source>Experts per layer</source>
        <translation>每层专家数</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="109"/>
        <source>Experts each token is routed to (top-k)</source>
        <translation>每个词元被路由到的专家数（top-k）</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="110"/>
        <source>Mixture of experts</source>
        <translation>混合专家 (MoE)</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="111"/>
        <source>Total parameters:</source>
        <translation>总参数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="111"/>
        <source>Active per token:</source>
        <translation>每词元激活参数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="111"/>
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="117"/>
        <source>Jaszczur et al. 2021 (arXiv:2111.12763) decoded a token of their %1 model in %2 s dense and %3 s with sparse layers (%4× faster), unbatched on their CPU setup: the per-token compute of their sparse feed-forward layers grows as d^1.5 instead of d^2. A measurement of theirs, not a prediction for this plan.</source>
        <extracomment>%1 model size (&quot;17B&quot;), %2 and %3 seconds per token, %4 the speed-up</extracomment>
        <translation>Jaszczur 等 2021（arXiv:2111.12763）在其 %1 模型上解码一个词元，稠密层用时 %2 s，稀疏层用时 %3 s（快 %4×），为其 CPU 环境下的非批量解码：其稀疏前馈层每词元的计算量按 d^1.5 而非 d^2 增长。这是他们的测量结果，并非对本计划的预测。</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="123"/>
        <source>Their limits: the times are unbatched decoding, one sequence at a time, on their own setup; for long sequences attention dominates and sparse feed-forward layers save less; batched serving on accelerators is bound by memory bandwidth instead. Frontier does not carry their speed-up to other hardware or to mixtures of experts.</source>
        <translation>其局限：这些时间是非批量解码（一次一个序列）、在他们自己的环境中测得；长序列时注意力占主导，稀疏前馈层节省得更少；而在加速器上批量部署服务时则受内存带宽限制。Frontier 不会把他们的加速比套用到其他硬件或混合专家上。</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="131"/>
        <source>At %1 parameters they state more than %2× already.</source>
        <extracomment>%1 a model size (&quot;800M&quot;), %2 a speed-up factor</extracomment>
        <translation>他们指出，在 %1 参数时加速已超过 %2×。</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="161"/>
        <location filename="../ui/panels/sparsepanel.cpp" line="162"/>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="163"/>
        <source>%1 parameters: the plan&apos;s Llama shape (%2 layers × %3) with each MLP made %4 experts of width %5, counted to the parameter; what memory holds</source>
        <translation>%1 参数：计划的 Llama 形状（%2 层 × %3），每个 MLP 拆成 %4 个宽度为 %5 的专家，精确计数到每个参数；即显存需容纳的量</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="170"/>
        <source>%1 parameters: the total less the experts a token skips, about the law&apos;s N, which the training FLOPs (6·N·D) use</source>
        <translation>%1 参数：总数减去一个词元跳过的专家，约等于定律的 N，训练 FLOPs（6·N·D）即按此计算</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="174"/>
        <source>not counted</source>
        <translation>未计数</translation>
    </message>
    <message>
        <location filename="../ui/panels/sparsepanel.cpp" line="176"/>
        <source>not predicted</source>
        <translation>未预测</translation>
    </message>
</context>
<context>
    <name>frontier::ui::UniqueDataPanel</name>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="95"/>
        <source>Set unique tokens</source>
        <translation>设置唯一词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="110"/>
        <source>&amp;Unique tokens:</source>
        <translation>唯一词元数(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="111"/>
        <source>Epochs:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="111"/>
        <source>Worth in new tokens:</source>
        <translation>折合新词元：</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="111"/>
        <source>Worth in parameters:</source>
        <translation>折合参数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="111"/>
        <source>Loss lost:</source>
        <translation>损失增加：</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="112"/>
        <source>Best on this data:</source>
        <translation>此数据下的最佳损失：</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="113"/>
        <source>Unique training tokens there are</source>
        <translation>可用的唯一训练词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="114"/>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="133"/>
        <source>%1 has no terms for repeated data: choose Muennighoff et al. 2023 to plan with a cap on unique tokens.</source>
        <translation>%1 没有针对重复数据的项：请选择 Muennighoff 等 2023，以便在唯一词元有上限时做计划。</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="137"/>
        <source>Give the unique tokens there are to see how many epochs the plan repeats them and what that costs (Muennighoff et al. 2023).</source>
        <translation>给出可用的唯一词元数，即可查看计划将其重复多少轮次以及由此付出的代价（Muennighoff 等 2023）。</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="144"/>
        <source>Switch law</source>
        <translation>切换定律</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="146"/>
        <source>Switch to %1</source>
        <extracomment>%1 a law&apos;s name (&quot;Muennighoff et al. 2023&quot;)</extracomment>
        <translation>切换到 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="156"/>
        <source>%1 epochs of %2 tokens</source>
        <translation>%1 轮，每轮 %2 词元</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="157"/>
        <source>%1 of the %2 tokens read</source>
        <translation>读取的 %2 词元折合 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="158"/>
        <source>%1 of %2 (%3 needed for the data)</source>
        <translation>%2 折合 %1（该数据所需规模为 %3）</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="159"/>
        <source>%1 nats/token (%2 with unlimited data)</source>
        <translation>%1 奈特/词元（数据无限时为 %2）</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="160"/>
        <source>%1 nats/token at any compute</source>
        <translation>%1 奈特/词元（任意算力下）</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="163"/>
        <source>Training tokens / unique tokens: how often the run reads its data</source>
        <translation>训练词元 / 唯一词元：训练读取其数据的次数</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="164"/>
        <source>D&apos; = U + U·R*_D·(1 − e^(−R_D/R*_D)) with R_D = epochs − 1 (Muennighoff et al. 2023, Section 3.1): the new tokens the repeated ones are worth</source>
        <translation>D&apos; = U + U·R*_D·(1 − e^(−R_D/R*_D))，其中 R_D = 轮次 − 1（Muennighoff 等 2023，第 3.1 节）：重复词元折合的新词元数</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="166"/>
        <source>N&apos; = U_N + U_N·R*_N·(1 − e^(−R_N/R*_N)): parameters beyond U_N, the compute-optimal size for the unique tokens, are worth less (Muennighoff et al. 2023, Section 3.1)</source>
        <translation>N&apos; = U_N + U_N·R*_N·(1 − e^(−R_N/R*_N))：超出 U_N（唯一词元对应的计算最优规模）的参数价值递减（Muennighoff 等 2023，第 3.1 节）</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="168"/>
        <source>The plan&apos;s loss minus the loss of the same compute with unlimited unique data (a fixed job: the same model and tokens, all new)</source>
        <translation>计划的损失减去相同算力下唯一数据无限时的损失（固定任务：模型和词元数相同，且全部为新词元）</translation>
    </message>
    <message>
        <location filename="../ui/panels/uniquedatapanel.cpp" line="170"/>
        <source>The loss this data gives when the parameters and tokens are worth their most: U_N(1 + R*_N) and U(1 + R*_D)</source>
        <translation>参数和词元发挥最大价值时此数据给出的损失：U_N(1 + R*_N) 和 U(1 + R*_D)</translation>
    </message>
</context>
</TS>
