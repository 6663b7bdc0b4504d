<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../ui/cli/cli.cpp" line="49"/>
        <source>Frontier: how big a language model to train on a given budget.</source>
        <translation>Frontier：给定预算，应训练多大的语言模型。</translation>
    </message>
    <message>
        <location filename="../ui/cli/cli.cpp" line="50"/>
        <source>Without arguments it opens the window. Subcommands (no display needed):</source>
        <translation>不带参数时打开窗口。子命令（无需显示器）：</translation>
    </message>
    <message>
        <location filename="../ui/cli/cli.cpp" line="53"/>
        <source>Numbers are parameters, tokens and FLOPs; 70e9, 70B and 1.4T are all accepted.</source>
        <translation>数值为参数量、词元数和 FLOPs；70e9、70B、1.4T 均可。</translation>
    </message>
    <message>
        <location filename="../ui/cli/cli.cpp" line="100"/>
        <source>unknown subcommand &apos;%1&apos;; try &apos;frontier --help&apos;</source>
        <translation>未知子命令“%1”；请运行 frontier --help</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="18"/>
        <source>Answer as JSON (numbers in base units).</source>
        <translation>以 JSON 输出（数值为基本单位）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="71"/>
        <source>Law:               %1</source>
        <translation>规律：              %1</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="72"/>
        <source>Compute:           %1 FLOPs (%2 PF-days)</source>
        <translation>算力：              %1 FLOPs（%2 PF-天）</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="74"/>
        <source>Parameters:        %1</source>
        <translation>参数量：            %1</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="75"/>
        <source>Tokens:            %1 (%2 per parameter)</source>
        <translation>词元数：            %1（每参数 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="78"/>
        <source>Loss:              %1 nats/token</source>
        <translation>损失：              %1 奈特/词元</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="80"/>
        <source>Batch:             %1 tokens</source>
        <translation>批大小：            %1 词元</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="82"/>
        <source>Steps:             %1</source>
        <translation>步数：              %1</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="116"/>
        <source>Model size N, parameters.</source>
        <translation>模型规模 N（参数量）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="117"/>
        <source>Training tokens D.</source>
        <translation>训练词元数 D。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="118"/>
        <source>Optimizer steps S (Kaplan L(N, S_min)).</source>
        <translation>优化步数 S（Kaplan L(N, S_min)）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="119"/>
        <source>Compute in PF-days: loss on the frontier.</source>
        <translation>以 PF-天计的算力：前沿上的损失。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="120"/>
        <source>Compute in FLOPs: loss on the frontier.</source>
        <translation>以 FLOPs 计的算力：前沿上的损失。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="131"/>
        <source>--pfdays and --flops: give the compute once</source>
        <translation>--pfdays 与 --flops：算力只能给一次</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="137"/>
        <source>loss: give --params, --tokens, --steps or --pfdays</source>
        <translation>loss：请给出 --params、--tokens、--steps 或 --pfdays</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="154"/>
        <source>%1 nats/token (%2)</source>
        <translation>%1 奈特/词元（%2）</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="164"/>
        <source>Training budget in FLOPs.</source>
        <translation>以 FLOPs 计的训练预算。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="165"/>
        <source>Training budget in PF-days.</source>
        <translation>以 PF-天计的训练预算。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="166"/>
        <source>Model size: the budget at which it is optimal.</source>
        <translation>模型规模：求其为最优时的预算。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="174"/>
        <source>optimum: give exactly one of --flops, --pfdays, --params</source>
        <translation>optimum：--flops、--pfdays、--params 三者只能给一个</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="197"/>
        <source>Loss in nats/token.</source>
        <translation>损失（奈特/词元）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="202"/>
        <source>--loss: missing</source>
        <translation>--loss：缺失</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicommands.cpp" line="207"/>
        <source>Critical batch at loss %1: %2 tokens</source>
        <translation>损失为 %1 时的临界批大小：%2 词元</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="36"/>
        <source>Training runs: parameters, tokens or FLOPs, loss.</source>
        <translation>训练记录：参数量、词元数或 FLOPs、损失。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="37"/>
        <source>hoffmann (default) or epoch-mle.</source>
        <translation>hoffmann（默认）或 epoch-mle。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="39"/>
        <source>Leave out the K highest-loss runs.</source>
        <translation>剔除损失最高的 K 条记录。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="41"/>
        <location filename="../ui/cli/clifitspeed.cpp" line="101"/>
        <location filename="../ui/cli/cliplan.cpp" line="191"/>
        <location filename="../ui/cli/clicatalogs.cpp" line="17"/>
        <source>Answer as JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="53"/>
        <source>--exclude-highest: expected a whole number &gt;= 0, got &apos;%1&apos;</source>
        <translation>--exclude-highest：应为 ≥ 0 的整数，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="78"/>
        <source>L(N, D) = E + A/N^alpha + B/D^beta fitted to %1 runs (%2):</source>
        <translation>用 %1 条记录拟合 L(N, D) = E + A/N^alpha + B/D^beta（%2）：</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="84"/>
        <source>  objective %1; %2 starts, %3 failed</source>
        <translation>  目标函数 %1；共 %2 个起点，%3 个失败</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="95"/>
        <source>V100, P100, P4 or K80.</source>
        <translation>V100、P100、P4 或 K80。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="96"/>
        <source>Mixed precision: O0, O1 or O2.</source>
        <translation>混合精度：O0、O1 或 O2。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="98"/>
        <source>d_model.</source>
        <translation>d_model（宽度）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="99"/>
        <source>Number of layers.</source>
        <translation>层数。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="100"/>
        <source>Sequences per GPU (default: the study&apos;s).</source>
        <translation>每块 GPU 的序列数（默认：原研究的取值）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="105"/>
        <source>--gpu: missing; one of V100, P100, P4, K80</source>
        <translation>--gpu：缺失；可选 V100、P100、P4、K80</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="111"/>
        <source>--width: missing</source>
        <translation>--width：缺失</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="113"/>
        <source>--depth: missing</source>
        <translation>--depth：缺失</translation>
    </message>
    <message>
        <location filename="../ui/cli/clifitspeed.cpp" line="126"/>
        <source>%1 (%2), %3 layers x width %4, batch %5: %6 non-embedding FLOP/s</source>
        <translation>%1（%2），%3 层 × 宽度 %4，批 %5：每秒 %6 次非嵌入 FLOP</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="32"/>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1：应为数字，实际为“%2”</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="34"/>
        <source>%1: must be positive, got %2</source>
        <translation>%1：必须为正数，实际为 %2</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="51"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="53"/>
        <source>missing argument: %1</source>
        <translation>缺少参数：%1</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="58"/>
        <source>Scaling law id (see &apos;frontier laws&apos;).</source>
        <translation>缩放定律 id（见 frontier laws）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="59"/>
        <source>Override a constant of the law, e.g. alpha=0.34.</source>
        <translation>覆盖定律中的常数，例如 alpha=0.34。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="66"/>
        <source>--law: missing; choose one of &apos;frontier laws&apos;</source>
        <translation>--law：缺失；请从 frontier laws 中选择</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="72"/>
        <source>--set: expected NAME=VALUE, got &apos;%1&apos;</source>
        <translation>--set：应为 名称=数值，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="76"/>
        <source>--set %1: expected a number after &apos;=&apos;</source>
        <translation>--set %1：“=”后应为数字</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="103"/>
        <source>frontier: warning: %1</source>
        <translation>frontier：警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="42"/>
        <source>--%1: expected a whole number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1：应为 ≥ %2 的整数，实际为“%3”</translation>
    </message>
    <message>
        <location filename="../ui/cli/clioutput.cpp" line="125"/>
        <source>unknown (no price)</source>
        <translation>未知（无价格）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="135"/>
        <source>Law:            %1</source>
        <translation>定律：          %1</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="136"/>
        <source>Model:          %1 parameters, %2 tokens (%3 per parameter)</source>
        <translation>模型：          %1 参数，%2 词元（每参数 %3 个）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="138"/>
        <source>Compute:        %1 FLOPs (%2 PF-days)</source>
        <translation>算力：          %1 FLOPs（%2 PF-天）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="140"/>
        <source>Loss:           %1 nats/token</source>
        <translation>损失：          %1 奈特/词元</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="141"/>
        <source>Hardware:       %1 x %2 (%3)</source>
        <translation>硬件：          %1 × %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="146"/>
        <source>Shape:          Transformer-XL of width %1 and depth %2 (the 2020 speed model&apos;s tie)</source>
        <translation>形状：          宽度 %1、深度 %2 的 Transformer-XL（2020 速度模型的宽深比）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="149"/>
        <source>Time:           %1 GPU-hours, %2 h wall clock (%3 days)</source>
        <translation>时间：          %1 GPU·小时，墙钟 %2 小时（%3 天）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="153"/>
        <source> at %1 (%2)</source>
        <translation>，报价 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="154"/>
        <source>Cost:           %1</source>
        <translation>费用：          %1</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="155"/>
        <source>Energy:         %1 kWh (PUE %2)</source>
        <translation>能耗：          %1 kWh（PUE %2）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="157"/>
        <source>CO2:            %1 kg at %2 g/kWh (%3)</source>
        <translation>CO2：           %1 kg，电网 %2 g/kWh（%3）</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="161"/>
        <source>                like %1 km by car, %2 London-New York flights, %3 tree seedlings grown a year</source>
        <translation>                相当于驾车 %1 km、伦敦—纽约航班 %2 次、%3 棵树苗生长一年</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="168"/>
        <source>; fits on %1 GPUs with ZeRO-%2</source>
        <translation>；用 %1 块 GPU、ZeRO-%2 可容纳</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="169"/>
        <source>Memory:         %1 GB per GPU: %2</source>
        <translation>显存：          每 GPU %1 GB：%2</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="166"/>
        <location filename="../ui/cli/clicompare.cpp" line="132"/>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="166"/>
        <source>DOES NOT FIT</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="60"/>
        <source>--sort: unknown column &apos;%1&apos;; one of %2</source>
        <translation>--sort：未知列“%1”；可选 %2</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="190"/>
        <source>See &apos;frontier --help&apos;.</source>
        <translation>见 frontier --help。</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="199"/>
        <source>give either --budget X --unit UNIT or --params N --tokens D</source>
        <translation>请给出 --budget X --unit 单位，或 --params N --tokens D</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="202"/>
        <source>--unit: missing; one of usd, gpu-hours, hours, days, flops, pfdays, kwh, kgco2</source>
        <translation>--unit：缺失；可选 usd、gpu-hours、hours、days、flops、pfdays、kwh、kgco2</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="207"/>
        <source>a fixed job needs both --params and --tokens</source>
        <translation>固定任务需要同时给出 --params 与 --tokens</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="229"/>
        <source>--mfu: must be in (0, 1], got %1</source>
        <translation>--mfu：必须在 (0, 1] 之间，实际为 %1</translation>
    </message>
    <message>
        <location filename="../ui/cli/cliplan.cpp" line="258"/>
        <source>--gpu: missing; see &apos;frontier gpus&apos;</source>
        <translation>--gpu：缺失；见 frontier gpus</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="82"/>
        <source>Answer as CSV.</source>
        <translation>以 CSV 输出。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="83"/>
        <source>Column to sort by (default cost_usd).</source>
        <translation>排序依据的列（默认 cost_usd）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="85"/>
        <source>Sort from the largest value down.</source>
        <translation>从大到小排序。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="91"/>
        <source>--offer: compare runs on every offer; leave it out</source>
        <translation>--offer：compare 会遍历所有报价，请勿指定</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="130"/>
        <source>offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="130"/>
        <source>$/GPU-h</source>
        <translation>美元/GPU·时</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="130"/>
        <location filename="../ui/cli/clicatalogs.cpp" line="98"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="131"/>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="131"/>
        <source>wall h</source>
        <translation>墙钟小时</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="131"/>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="131"/>
        <source>kg CO2</source>
        <translation>kg CO2</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="135"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="135"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicompare.cpp" line="147"/>
        <source>%1 offers or GPUs left out (run with --json to see why)</source>
        <translation>有 %1 个报价或 GPU 被略去（用 --json 查看原因）</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="53"/>
        <location filename="../ui/cli/clicatalogs.cpp" line="98"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="53"/>
        <source>bf16 TFLOP/s</source>
        <translation>bf16 TFLOP/s</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="53"/>
        <source>memory GB</source>
        <translation>显存 GB</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="54"/>
        <source>TDP W</source>
        <translation>TDP 瓦</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="54"/>
        <source>offers</source>
        <translation>报价数</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="71"/>
        <source>Only the offers for this GPU.</source>
        <translation>只列出此 GPU 的报价。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="98"/>
        <source>on-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="98"/>
        <source>1y</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="98"/>
        <source>3y</source>
        <translation>3 年</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="106"/>
        <source>USD per GPU-hour, as dated; hyperscaler prices include the host&apos;s share.</source>
        <translation>单位为每 GPU·小时美元，以所注日期为准；超大规模云厂商的价格含主机分摊。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="113"/>
        <source>mlco2 or codecarbon (default: both).</source>
        <translation>mlco2 或 codecarbon（默认两者都列）。</translation>
    </message>
    <message>
        <location filename="../ui/cli/clicatalogs.cpp" line="146"/>
        <source>g CO2eq per kWh. The datasets disagree for the same region: pick one with --grid-dataset.</source>
        <translation>单位为每 kWh 的 g CO2 当量。两套数据对同一地区并不一致：请用 --grid-dataset 选定其一。</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="18"/>
        <source>{what} must be a finite number, got {value}</source>
        <translation>{what} 必须是有限数值，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="19"/>
        <source>{what} must be positive, got {value}</source>
        <translation>{what} 必须为正数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="20"/>
        <source>unknown {kind} &apos;{key}&apos;; known: {ids}</source>
        <translation>未知的{kind}“{key}”；已知：{ids}</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="21"/>
        <source>unknown {kind} &apos;{key}&apos;; did you mean: {ids}</source>
        <translation>未知的{kind}“{key}”；您是否要找：{ids}</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="22"/>
        <source>{source}: line {line}, column &apos;{column}&apos;: expected a number, got &apos;{cell}&apos;</source>
        <translation>{source}：第 {line} 行，列“{column}”：应为数字，实际为“{cell}”</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="23"/>
        <source>{context}: &apos;{key}&apos; has no source</source>
        <translation>{context}：“{key}”没有注明来源</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="25"/>
        <source>constant nd_summary must be 0 (joint fit, Section 4.2) or 1 (summary constants)</source>
        <translation>常数 nd_summary 必须为 0（第 4.2 节联合拟合）或 1（汇总常数）</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="26"/>
        <source>a power-law allocation needs at least two table rows</source>
        <translation>幂律分配至少需要两行表格数据</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="30"/>
        <source>GPU-hours must not be negative</source>
        <translation>GPU 小时数不能为负</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="31"/>
        <source>power fraction must be at most 1</source>
        <translation>功率比例不能大于 1</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="32"/>
        <source>PUE must be at least 1</source>
        <translation>PUE 不能小于 1</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="33"/>
        <source>energy and grid carbon intensity must not be negative</source>
        <translation>能耗和电网碳强度不能为负</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="34"/>
        <source>{file}: {id} has a negative or missing carbon intensity</source>
        <translation>{file}：{id} 的碳强度为负或缺失</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="35"/>
        <source>{file}: duplicate id &apos;{id}&apos;</source>
        <translation>{file}：重复的标识“{id}”</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="36"/>
        <source>{file}: {provider} has PUE {pue}, below 1</source>
        <translation>{file}：{provider} 的 PUE 为 {pue}，小于 1</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="37"/>
        <source>{file}: default provider &apos;{provider}&apos; has no entry</source>
        <translation>{file}：默认提供商“{provider}”没有条目</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="39"/>
        <source>a plan needs either a budget (amount and unit) or a job (parameters and tokens)</source>
        <translation>方案需要预算（数额和单位）或任务（参数量和词元数）之一</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="40"/>
        <source>a fixed job needs both parameters and tokens</source>
        <translation>固定任务需要同时给出参数量和词元数</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="41"/>
        <source>the GPU&apos;s memory is unknown: whether the model fits was not checked</source>
        <translation>GPU 显存未知：未检查模型能否装下</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="42"/>
        <source>does not fit: {needed} per GPU needed on {gpus} GPUs with ZeRO-{stage}, {available} available; it fits on {min_gpus} GPUs with ZeRO-{min_stage}</source>
        <translation>装不下：{gpus} 块 GPU、ZeRO-{stage} 时每块 GPU 需要 {needed}，可用 {available}；用 {min_gpus} 块 GPU、ZeRO-{min_stage} 可容纳</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="43"/>
        <source>does not fit: {needed} per GPU needed, {available} available, and no number of GPUs holds it at any ZeRO stage: the activations alone are too large (use a smaller micro-batch, shorter sequences or full recomputation)</source>
        <translation>装不下：每块 GPU 需要 {needed}，可用 {available}，任何 ZeRO 阶段、任何 GPU 数量都装不下：仅激活值就太大（请减小微批量、缩短序列或使用完全重计算）</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="44"/>
        <source>region {region} belongs to {region_provider}, but offer {offer} is sold by {offer_provider}: its grid may not be where the offer runs</source>
        <translation>区域 {region} 属于 {region_provider}，但报价 {offer} 由 {offer_provider} 提供：该电网可能不是报价实际运行的地方</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="45"/>
        <source>offer {offer} runs in {region}, which grid dataset {dataset} does not list: the grid falls back to the default</source>
        <translation>报价 {offer} 运行于 {region}，而电网数据集 {dataset} 未收录该区域：电网改用默认值</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="46"/>
        <source>no peak FLOP/s is known for {gpu}: give --peak-flops</source>
        <translation>{gpu} 的峰值 FLOP/s 未知：请给出 --peak-flops</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="47"/>
        <source>--amp applies to the 2020 GPUs of the Hugging Face study (V100, P100, P4, K80), not {gpu}</source>
        <translation>--amp 只适用于 Hugging Face 2020 研究中的 GPU（V100、P100、P4、K80），不适用于 {gpu}</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="48"/>
        <source>--amp selects the 2020 speed model; it cannot be combined with --mfu, --peak-flops or --precision</source>
        <translation>--amp 选择 2020 速度模型，不能与 --mfu、--peak-flops 或 --precision 同时使用</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="49"/>
        <source>--offer and --usd-per-gpu-hour: give the price once</source>
        <translation>--offer 和 --usd-per-gpu-hour：价格只能给一次</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="50"/>
        <source>offer {offer} is for {offer_gpu}, not {gpu}</source>
        <translation>报价 {offer} 针对的是 {offer_gpu}，而不是 {gpu}</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="51"/>
        <source>no TDP is known for {gpu}: give --gpu-watts</source>
        <translation>{gpu} 的 TDP 未知：请给出 --gpu-watts</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="52"/>
        <source>no GPU chosen: give --gpu (see &apos;frontier gpus&apos;)</source>
        <translation>未选择 GPU：请给出 --gpu（参见“frontier gpus”）</translation>
    </message>
    <message>
        <location filename="../ui/data/messagetext.cpp" line="53"/>
        <source>{file}: malformed JSON: {detail}</source>
        <translation>{file}：JSON 格式错误：{detail}</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/application.cpp" line="64"/>
        <source>Frontier cannot start</source>
        <translation>Frontier 无法启动</translation>
    </message>
</context>
<context>
    <name>frontier::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>Frontier — compute-optimal model size</source>
        <translation>Frontier — 算力最优的模型规模</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Scaling law:</source>
        <translation>缩放定律：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Training budget (FLOPs):</source>
        <translation>训练预算（FLOPs）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Total training compute, e.g. 5.76e23 (Gopher&apos;s budget)</source>
        <translation>训练总算力，例如 5.76e23（Gopher 的预算）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>Training tokens:</source>
        <translation>训练词元数：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Tokens per parameter:</source>
        <translation>每参数词元数：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Expected loss (nats/token):</source>
        <translation>预期损失（奈特/词元）：</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;About Frontier</source>
        <translation>关于 Frontier(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>the budget is not a number</source>
        <translation>预算不是数字</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>not predicted by this law</source>
        <translation>此定律不预测损失</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Cannot answer: %1</source>
        <translation>无法给出结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>&lt;p&gt;&lt;b&gt;Frontier&lt;/b&gt; tells you how big a language model to train on a given budget.&lt;/p&gt;&lt;p&gt;Its figures come from these published works:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Frontier&lt;/b&gt; 告诉您：在给定预算下应训练多大的语言模型。&lt;/p&gt;&lt;p&gt;其数据来自以下已发表的研究：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>About Frontier</source>
        <translation>关于 Frontier</translation>
    </message>
</context>
</TS>
