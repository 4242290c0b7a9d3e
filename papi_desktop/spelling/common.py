"""Common Vietnamese syllables, most frequent first: the tie-breaker among suggestions.

Edit distance alone ties many candidates ("nguời" is one letter from "người" and from
"nguồi"); the word a clerk meant is almost always a common one. The first part is every
syllable of the sample report (a real provincial PAPI report) in order of frequency; the
second, frequent syllables of general and administrative Vietnamese that the sample lacks.
"""

from __future__ import annotations

_REPORT = """
công và thực của hiện dân chức sở quy hành các cơ số quan người định chính việc giải tác quyết trong chế vụ chỉ tổ thông tăng quản quả tiếp khai cường tra lý tục theo đơn nhiệm hiệu có vị tham trị hoạch với nâng cao tin quyền giám sát duy trì để kiểm kế động thuộc nhũng tỉnh liên chủ viên được tốt trách một độ cáo nghệ củng cố về pháp nhân cho chống cửa ngày vực đối nội đã cấp phòng nghiêm doanh nghiệp chất điều bảo thủ ban khoa học lĩnh tuyên truyền đến thể tại hướng trực minh bạch hoạt thuận thanh thời trường đúng trình lượng điện tử thẩm dịch báo trên kết toàn triển năng ở biết tạo kiện lợi đạo kịp hợp đảm cổng dụng khiếu nại luật mức ứng tiêu đẩy mạnh lao thức dung cải dẫn bộ nước làm gia xử vi năm chi tiết sách thi hạn giao tố cung phục mục quảng nhận trọng sự giai đoạn cách vận nhà túc giữa những nhằm đầu nghị phí gây phiền hà nhiễu khi phổ biến phần hệ thống hài lòng tuyến môi địa bàn như đầy đủ tầm phát đôn đốc gắn đoàn ý nghĩa hóa đức phạm ủy đứng kiệm lãng liêu ra tài chuẩn đo lường sử nhu cầu kê phủ thường xuyên văn bản đổi luận cá tinh thần thái lại cập nhật mềm vệ trồng cây soát giáo dục trễ kỷ kỳ quý i sau biện lực cạnh tranh máy thoại đích huy tập vấn ngành hội phối lãnh đề biên ngân an bức xạ hữu trí tuệ thác cụ hình phù tiện sản thu nhập tư kiến chú đáp thỏa đáng góp mới phương cũng chấp xây dựng danh giản giảm tối đa phận đem trung tâm tất cả tiến tới áp quốc hồ sơ dõi rác thải nguồn sinh xanh xung quanh phong trào tết xuân tân sửu bổ sung lên quán triệt chương rà điểm khu hiểu không tình trạng do thì phải xin lỗi hẹn gian trả cương đội ngũ hoặc cận trao qua vai trò thiện đi vào
"""

_GENERAL = """
là này không có một những được cho với các người trong đã từ về ra nhưng thì khi lại còn
rất nhiều đó cũng đi đến nên mình anh em chị ông bà tôi chúng ta họ nó ai gì sao nào đâu bao
giờ lúc ngày tháng năm tuần sáng chiều tối đêm hôm nay mai qua trước sau trên dưới ngoài giữa
bên cạnh gần xa lớn nhỏ cao thấp dài ngắn mới cũ tốt xấu đẹp khó dễ nhanh chậm nhiều ít đủ thiếu
đầu cuối giữa mỗi mọi cả tất hết thêm bớt vẫn đang sẽ vừa mới từng chưa đều phải cần muốn biết
thấy nghe nói hỏi trả lời viết đọc học làm chơi ăn uống ngủ nghỉ đứng ngồi chạy đợi chờ gặp
giúp đỡ yêu thương nhớ quên hiểu nghĩ tin sợ vui buồn mừng khỏe khoẻ mạnh yếu đau ốm bệnh viện
nhà cửa phòng bàn ghế sách vở bút giấy máy tính điện thoại xe đường phố làng xã huyện tỉnh
thành phố nước miền bắc nam trung đông tây sông núi biển rừng đồng ruộng lúa gạo cơm nước
trời mưa nắng gió lạnh nóng ấm mát hoa lá cây cỏ con cái chó mèo gà vịt trâu bò lợn heo cá
tiền giá mua bán chợ hàng hóa hoá tiêu dùng sản xuất kinh tế xã hội văn hóa giáo dục y tế
thể dục thao an ninh quốc phòng ngoại giao pháp luật hành chính nhà nước đảng đoàn thể hội
đồng ủy uỷ nhân dân chủ tịch phó giám đốc trưởng phòng ban chuyên viên cán bộ công chức viên
chức người lao động hợp đồng quyết định thông tư nghị định chỉ thị kế hoạch báo cáo tờ trình
công văn giấy mời biên bản thông báo hướng dẫn đề nghị kiến nghị phản ánh khiếu nại tố cáo
thuế phí lệ chứng thực đăng ký cấp phép đất đai xây dựng môi trường tài nguyên khoa học
công nghệ thông tin truyền thông giao thông vận tải nông nghiệp nghiệp vụ kiểm tra thanh tra
giám sát đánh giá xếp loại thi đua khen thưởng kỷ luật tuyển dụng đào tạo bồi dưỡng lương
hưu bảo hiểm xã hội việc làm dân số gia đình trẻ em phụ nữ thanh niên người cao tuổi
quý một hai ba bốn năm sáu bảy tám chín mười trăm nghìn ngàn triệu tỷ tỉ phần số lần
thứ nhất nhì kết quả hiệu quả chất lượng mục tiêu nhiệm vụ giải pháp tồn tại hạn chế nguyên
nhân khuyết điểm ưu điểm thuận lợi khó khăn vướng mắc kiến nghị đề xuất ghi chú kèm theo
nơi nhận lưu văn thư ký tên đóng dấu thuyết minh rõ ràng cụ thể chi tiết tổng hợp tổng cộng
được đưa tiếp tục thực hiện triển khai tổ chức chỉ đạo điều hành phối hợp chủ động tích cực
nghiêm túc kịp thời đầy đủ chính xác công khai minh bạch trách nhiệm giải trình tham gia
người dùng dịch vụ trực tuyến mức độ toàn trình một cửa liên thông tiếp nhận hồ sơ trả kết
quả thủ tục rút ngắn thời gian giảm chi phí nâng cao sự hài lòng chỉ số năng lực cạnh tranh
thuở thủy thuỷ hòa hoà khỏe khoẻ thúy thuý hoàn toàn hoàng khoản khoảng quản quyền quyết
luôn lúc luật lực lượng dương vương hương trường thường chương phương tưởng tượng hưởng
nguyễn trần lê phạm huỳnh hoàng phan vũ võ đặng bùi đỗ hồ ngô dương lý văn thị hữu đức
"""

COMMON: tuple[str, ...] = tuple(dict.fromkeys((_REPORT + _GENERAL).split()))
RANK: dict[str, int] = {word: index for index, word in enumerate(COMMON)}
