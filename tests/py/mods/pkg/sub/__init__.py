helper_value = "from sub/__init__"
